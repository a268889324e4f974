import { Injectable } from '@nestjs/common';
import type { QboTaxCode, QboTaxRate } from '../../../../libs/quickbooks/qbo-types';
import type { QuickBooksCompanyRef } from '../domain/quickbooks-company.ref';
import { toTaxContext, type QuickBooksTaxContext } from './mapping';
import { QuickBooksApiClient } from './quickbooks-api/quickbooks-api.client';

const FRESH_FOR_MS = 10 * 60 * 1000;
const EVERY_ACTIVE_STATE = { field: 'Active', op: 'in', values: [true, false] } as const;

/**
 * A company's tax codes and rates, which every invoice mapping needs. Read from QuickBooks at most
 * every ten minutes per process: a cache that any process can rebuild, never state it depends on.
 */
@Injectable()
export class QuickBooksTaxContexts {
  private readonly cache = new Map<string, { context: QuickBooksTaxContext; readAt: number }>();

  constructor(private readonly client: QuickBooksApiClient) {}

  async of(company: QuickBooksCompanyRef, homeCurrency: string): Promise<QuickBooksTaxContext> {
    const key = `${company.connectionId}:${homeCurrency}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.readAt < FRESH_FOR_MS) return cached.context;
    const [codes, rates] = await Promise.all([
      this.client.query<QboTaxCode>(company, 'TaxCode', [EVERY_ACTIVE_STATE], { maxResults: 1000 }),
      this.client.query<QboTaxRate>(company, 'TaxRate', [EVERY_ACTIVE_STATE], { maxResults: 1000 }),
    ]);
    const context = toTaxContext(codes, rates, homeCurrency);
    this.cache.set(key, { context, readAt: Date.now() });
    return context;
  }
}
