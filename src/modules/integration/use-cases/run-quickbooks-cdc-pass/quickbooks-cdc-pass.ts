import { Injectable } from '@nestjs/common';
import type { QboCustomer, QboInvoice } from '../../../../../libs/quickbooks/qbo-types';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import type { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';
import { isDeletedEntity, type QuickBooksEntity } from '../../infrastructure/quickbooks-api/quickbooks-api.types';
import { QuickBooksChangeApplier } from '../apply-quickbooks-change/quickbooks-change.applier';
import { QuickBooksCustomerContacts } from '../bring-in-quickbooks-customers/quickbooks-customer-contacts';

/** CDC answers at most this many objects per entity: a full list may have been cut. */
const CDC_CAP = 1000;
/** CDC looks back at most 30 days; older cursors fall back to querying by LastUpdatedTime. */
const CDC_WINDOW_MS = 29 * 24 * 60 * 60 * 1000;
/** Each pass starts a little before the last one started: clocks and commits are not exact. */
export const CDC_OVERLAP_MS = 60 * 1000;

/** Customers first, so that invoices find their contacts; payments last. */
const ENTITIES = ['Customer', 'Invoice', 'Payment'] as const;

export interface CdcPassResult {
  changes: number;
  requests: number;
  fellBackToQueries: boolean;
}

/**
 * One catch-up pass for one company: everything changed since the cursor (minus an overlap) goes
 * through the same applier as webhooks. An answer at CDC's cap is never taken as complete: the next
 * call starts from the last change it saw, until an answer comes back short.
 */
@Injectable()
export class QuickBooksCdcPass {
  constructor(
    private readonly client: QuickBooksApiClient,
    private readonly applier: QuickBooksChangeApplier,
    private readonly customers: QuickBooksCustomerContacts,
  ) {}

  async run(company: QuickBooksCompanyRef, connection: QuickBooksConnection): Promise<CdcPassResult> {
    const cursor = connection.cdcCursor ?? connection.connectedAt;
    let since = new Date(cursor.getTime() - CDC_OVERLAP_MS);
    if (Date.now() - since.getTime() > CDC_WINDOW_MS) return this.reread(company, connection, since);
    const result: CdcPassResult = { changes: 0, requests: 0, fellBackToQueries: false };
    for (;;) {
      const answer = await this.client.cdc(company, ENTITIES, since);
      result.requests += 1;
      for (const entity of ENTITIES)
        result.changes += await this.applyAll(company, connection, entity, answer[entity] ?? []);
      const capped = ENTITIES.map((entity) => answer[entity] ?? []).filter((objects) => objects.length >= CDC_CAP);
      if (capped.length === 0) return result;
      const resumeAt = earliest(capped.map(latestChange));
      if (resumeAt.getTime() <= since.getTime()) return this.reread(company, connection, since);
      since = resumeAt;
    }
  }

  /** The fallback when CDC cannot answer: query every changed customer and invoice, page by page. */
  private async reread(company: QuickBooksCompanyRef, connection: QuickBooksConnection, since: Date) {
    const result: CdcPassResult = { changes: 0, requests: 0, fellBackToQueries: true };
    const where = [{ field: 'MetaData.LastUpdatedTime', op: '>=', value: since.toISOString() }] as const;
    for (const entity of ['Customer', 'Invoice'] as const) {
      for await (const page of this.client.queryPages(company, entity, where, { orderBy: 'Id' })) {
        result.requests += 1;
        result.changes += await this.applyAll(company, connection, entity, page);
      }
    }
    return result;
  }

  private async applyAll(
    company: QuickBooksCompanyRef,
    connection: QuickBooksConnection,
    entity: (typeof ENTITIES)[number],
    objects: QuickBooksEntity[],
  ): Promise<number> {
    const present = objects.filter((object) => !isDeletedEntity(object));
    const deleted = objects.filter(isDeletedEntity);
    if (entity === 'Customer' && present.length > 0)
      await this.customers.upsert(company, present as unknown as QboCustomer[]);
    if (entity === 'Invoice' && present.length > 0) {
      await this.applier.upsertInvoices(company, present as unknown as QboInvoice[], connection.homeCurrency);
    }
    for (const gone of deleted) {
      const deletedAt = gone.MetaData?.LastUpdatedTime ?? new Date().toISOString();
      await this.applier.apply(
        { kind: 'deleted', company, entity, entityId: gone.Id, deletedAt },
        connection.homeCurrency,
      );
    }
    return objects.length;
  }
}

function latestChange(objects: QuickBooksEntity[]): Date {
  const times = objects.map((object) => Date.parse(object.MetaData?.LastUpdatedTime ?? '')).filter(Number.isFinite);
  return new Date(Math.max(...times));
}

function earliest(dates: Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}
