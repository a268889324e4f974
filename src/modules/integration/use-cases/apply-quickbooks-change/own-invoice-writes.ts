import { Injectable } from '@nestjs/common';
import { groupBy } from '../../../../../libs/collections';
import type { QboInvoice } from '../../../../../libs/quickbooks/qbo-types';
import { AccountScope } from '../../../../platform/database/account-scope';
import { findAllByKey } from '../../../../platform/database/find-each-by-key';
import type { QuickBooksInvoiceRecord } from '../../../invoicing/contracts';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { QuickBooksSentMark, type QuickBooksRevision } from '../../domain/quickbooks-sent-mark';
import { toIsoInstant } from '../../infrastructure/mapping/quickbooks-time';

/**
 * Recognises the invoice revisions Settle made itself (a send noted in the PrivateNote), which
 * QuickBooks reports back like any user's edit. Such a revision differs from the one Settle wrote
 * on only by the note, which Invoicing does not keep: it is handed over as that revision, so
 * Invoicing finds nothing new (the invoice's last action stays, say, "sent") when it already holds
 * it, and takes it as a QuickBooks update when it was behind (an edit made just before the write).
 */
@Injectable()
export class OwnInvoiceWrites {
  constructor(private readonly scope: AccountScope) {}

  /** The revision each of these invoices was written on, for those that are Settle's own writes. */
  async basesOf(
    company: QuickBooksCompanyRef,
    invoices: readonly QboInvoice[],
  ): Promise<Map<string, QuickBooksRevision>> {
    const bases = new Map<string, QuickBooksRevision>();
    const ids = [...new Set(invoices.map((invoice) => String(invoice.Id)))];
    if (ids.length === 0) return bases;
    const { accountId, realmId } = company;
    const marks = await this.scope.read(accountId, (em) =>
      findAllByKey(
        em,
        QuickBooksSentMark,
        { invoiceQuickBooksId: ids },
        { where: { realmId, status: ['writing', 'written'] } },
      ),
    );
    const marksOf = groupBy(marks, (mark) => mark.invoiceQuickBooksId);
    for (const invoice of invoices) {
      const own = marksOf.get(String(invoice.Id));
      const updatedAt = own && toIsoInstant(invoice.MetaData?.LastUpdatedTime);
      if (!own || !updatedAt) continue;
      const revision = {
        syncToken: String(invoice.SyncToken),
        updatedAt: new Date(updatedAt),
        privateNote: invoice.PrivateNote ?? null,
      };
      for (const mark of own) {
        const base = mark.baseOfOwnRevision(revision);
        if (base) bases.set(String(invoice.Id), base);
      }
    }
    return bases;
  }
}

/** The record as of the revision Settle wrote on (its content is that revision's, but the note). */
export function asRevision(record: QuickBooksInvoiceRecord, base: QuickBooksRevision): QuickBooksInvoiceRecord {
  return { ...record, syncToken: base.syncToken, lastUpdatedAt: base.updatedAt.toISOString() };
}
