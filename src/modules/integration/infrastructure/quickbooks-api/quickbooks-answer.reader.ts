import { QuickBooksFaultError } from '../../domain/quickbooks.errors';
import type { QuickBooksChanges, QuickBooksEntity } from './quickbooks-api.types';

/** Where an answer came from, to name it in an error. */
export interface AnswerSource {
  operation: string;
  intuitTid: string | null;
}

const PAGING_FIELDS = new Set(['startPosition', 'maxResults', 'totalCount']);

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An answer that is JSON but not of the expected shape: not worth retrying. */
export function unexpectedAnswer(source: AnswerSource, what: string): QuickBooksFaultError {
  return new QuickBooksFaultError(200, 'UnexpectedResponse', null, what, source.intuitTid, source.operation);
}

/** The value under `entity`, whatever case QuickBooks used for its name. */
export function entityField(container: Record<string, unknown>, entity: string): unknown {
  if (entity in container) return container[entity];
  const wanted = entity.toLowerCase();
  const key = Object.keys(container).find((k) => !PAGING_FIELDS.has(k) && k.toLowerCase() === wanted);
  return key === undefined ? undefined : container[key];
}

function entityList(value: unknown, source: AnswerSource, entity: string): QuickBooksEntity[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw unexpectedAnswer(source, `${entity} is not a list`);
  return value as QuickBooksEntity[];
}

/** `{"QueryResponse": {"<Entity>": [...], "startPosition", "maxResults"}}`; `{}` when no row matched. */
export function readQueryRows(body: unknown, entity: string, source: AnswerSource): QuickBooksEntity[] {
  const response = record(record(body)?.QueryResponse);
  if (!response) throw unexpectedAnswer(source, 'No QueryResponse in the answer');
  return entityList(entityField(response, entity), source, entity);
}

/** `{"QueryResponse": {"totalCount": n}}` (absent when zero, as QuickBooks sometimes answers). */
export function readTotalCount(body: unknown, source: AnswerSource): number {
  const response = record(record(body)?.QueryResponse);
  if (!response) throw unexpectedAnswer(source, 'No QueryResponse in the answer');
  const count = response.totalCount ?? 0;
  if (typeof count !== 'number' || !Number.isInteger(count))
    throw unexpectedAnswer(source, 'totalCount is not a number');
  return count;
}

/** `{"<Entity>": {...}}`; undefined when the answer is a deletion (`{"status": "Deleted"}`). */
export function readEntity(body: unknown, entity: string, source: AnswerSource): QuickBooksEntity | undefined {
  const answer = record(body);
  if (answer?.status === 'Deleted') return undefined;
  const object = record(answer ? entityField(answer, entity) : undefined);
  if (!object) throw unexpectedAnswer(source, `No ${entity} in the answer`);
  return object.status === 'Deleted' ? undefined : (object as QuickBooksEntity);
}

/**
 * `{"CDCResponse": [{"QueryResponse": [{"Invoice": [...]}, {"Customer": [...]}]}]}` → every entity
 * asked for, with its changed objects and its deleted skeletons (`status: "Deleted"`), [] when none.
 */
export function readChanges(body: unknown, entities: readonly string[], source: AnswerSource): QuickBooksChanges {
  const cdc = record(body)?.CDCResponse;
  if (!Array.isArray(cdc)) throw unexpectedAnswer(source, 'No CDCResponse in the answer');
  const changes: QuickBooksChanges = Object.fromEntries(entities.map((entity) => [entity, []]));
  for (const part of cdc) {
    const responses = record(part)?.QueryResponse;
    if (!Array.isArray(responses)) continue;
    for (const response of responses.map(record)) {
      if (!response) continue;
      for (const entity of entities) changes[entity].push(...entityList(entityField(response, entity), source, entity));
    }
  }
  return changes;
}
