import type { QuickBooksCustomerRecord } from '../../../contacts/contracts';
import { customerMatchKeys } from './customer-match-keys';

/**
 * The customers a dry run's earlier pages would have created or updated, in order, and which of
 * them a page needs to meet the contacts those pages would have left:
 * - every customer that would have created a contact sharing a match key with the page (a contact
 *   made by a customer holds only that customer's keys, and only that customer changes it later);
 * - every customer that would have updated a contact, since a stored contact may lose keys nobody
 *   but Contacts knows (its mobile or email before the update), and the page must not meet it as
 *   it was; and the creator of each contact those updated, by its QuickBooks id.
 * So what is sent grows with the page and its collisions, not with the pages before it (a first
 * import creates; a repeated one leaves unchanged), and the preview's outcomes are those of
 * sending every earlier customer.
 */
export class EarlierCustomerChanges {
  private readonly records: QuickBooksCustomerRecord[] = [];
  private readonly createdByKey = new Map<string, number[]>();
  private readonly updated: number[] = [];

  constructor(private readonly defaultRegion: string) {}

  add(record: QuickBooksCustomerRecord, result: 'created' | 'updated'): void {
    const index = this.records.push(record) - 1;
    if (result === 'updated') {
      this.updated.push(index);
      return;
    }
    for (const key of customerMatchKeys(record, this.defaultRegion)) {
      const holders = this.createdByKey.get(key);
      if (holders) holders.push(index);
      else this.createdByKey.set(key, [index]);
    }
  }

  /** The earlier customers the page can meet, in their order. */
  relevantTo(page: QuickBooksCustomerRecord[]): QuickBooksCustomerRecord[] {
    const wanted = new Set(this.updated);
    const keys = page.flatMap((record) => customerMatchKeys(record, this.defaultRegion));
    for (const index of this.updated) keys.push(`id:${this.records[index].quickBooksId}`);
    for (const key of keys) for (const index of this.createdByKey.get(key) ?? []) wanted.add(index);
    return [...wanted].sort((a, b) => a - b).map((index) => this.records[index]);
  }
}
