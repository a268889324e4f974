import type { QboEntityBase, QboMetaData } from '../../../quickbooks/qbo-types';
import type { EntityName } from './entity-name';

export interface Tombstone {
  Id: string;
  deletedAtMs: number;
  MetaData: QboMetaData;
}

/** Orders ids as QuickBooks does: numerically when both are numbers. */
export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One entity type of one company. Rows are kept in a map by Id plus an array of Ids in QuickBooks'
 * numeric order, so that a page of a large table is a slice, never a sort.
 */
export class EntityTable<T extends QboEntityBase> {
  private readonly rows = new Map<string, T>();
  private readonly updatedAtMs = new Map<string, number>();
  private readonly tombstones = new Map<string, Tombstone>();
  private orderedIds: string[] = [];
  private nextId = 1;
  /** Bumped by every change, so a query's cached matches know when they went stale. */
  version = 0;

  constructor(readonly entity: EntityName) {}

  load(rows: readonly T[]): void {
    for (const row of rows) {
      this.rows.set(row.Id, row);
      this.updatedAtMs.set(row.Id, Date.parse(row.MetaData.LastUpdatedTime) || 0);
      this.bumpNextId(row.Id);
    }
    this.orderedIds = [...this.rows.keys()].sort(compareIds);
    this.version += 1;
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: string): T | undefined {
    return this.rows.get(id);
  }

  tombstone(id: string): Tombstone | undefined {
    return this.tombstones.get(id);
  }

  allocateId(): string {
    const id = String(this.nextId);
    this.nextId += 1;
    return id;
  }

  /** Adds a row whose Id came from allocateId (always the highest, so the order stays sorted). */
  insert(row: T, atMs: number): void {
    this.version += 1;
    this.rows.set(row.Id, row);
    this.updatedAtMs.set(row.Id, atMs);
    const last = this.orderedIds[this.orderedIds.length - 1];
    if (last === undefined || compareIds(last, row.Id) < 0) this.orderedIds.push(row.Id);
    else this.orderedIds = [...this.rows.keys()].sort(compareIds);
  }

  replace(row: T, atMs: number): void {
    this.version += 1;
    this.rows.set(row.Id, row);
    this.updatedAtMs.set(row.Id, atMs);
  }

  remove(id: string, atMs: number, metaData: QboMetaData): void {
    this.version += 1;
    this.rows.delete(id);
    this.updatedAtMs.delete(id);
    this.tombstones.set(id, { Id: id, deletedAtMs: atMs, MetaData: metaData });
    const index = this.binarySearch(id);
    if (index >= 0) this.orderedIds.splice(index, 1);
  }

  /** Ids in ascending (or descending) QuickBooks order. */
  *idsInOrder(descending = false): Generator<string> {
    if (descending) {
      for (let i = this.orderedIds.length - 1; i >= 0; i -= 1) yield this.orderedIds[i];
    } else {
      for (const id of this.orderedIds) yield id;
    }
  }

  changedSince(sinceMs: number): { rows: T[]; deleted: Tombstone[] } {
    const changed: { row: T; at: number }[] = [];
    for (const [id, at] of this.updatedAtMs) {
      if (at > sinceMs) changed.push({ row: this.rows.get(id) as T, at });
    }
    changed.sort((a, b) => a.at - b.at || compareIds(a.row.Id, b.row.Id));
    const deleted = [...this.tombstones.values()]
      .filter((t) => t.deletedAtMs > sinceMs)
      .sort((a, b) => a.deletedAtMs - b.deletedAtMs);
    return { rows: changed.map((c) => c.row), deleted };
  }

  private bumpNextId(id: string): void {
    const n = Number(id);
    if (Number.isInteger(n) && n >= this.nextId) this.nextId = n + 1;
  }

  private binarySearch(id: string): number {
    let lo = 0;
    let hi = this.orderedIds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareIds(this.orderedIds[mid], id);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
