import { newId } from '../../../../libs/ids';
import {
  compareVersions,
  type QuickBooksVersion,
  type VersionComparison,
} from '../../../../libs/quickbooks/object-version';
import type { DomainEvent } from '../../../platform/outbox/domain-event';
import { ContactsErrors } from '../contacts.errors';
import { ContactOptedOutEvent } from '../contracts/contact-opted-out.event';
import type { ConsentChangeKind } from '../contracts/consent';
import type { PostalAddress } from '../contracts/postal-address';

/** manual: made and kept in Settle; quickbooks: linked to a QuickBooks customer, which is its master. */
export type ContactSource = 'manual' | 'quickbooks';

/** Normalised details: email lower-cased, mobile a valid mobile in E.164, other phone as kept. */
export interface ContactDetails {
  firstName: string | null;
  lastName: string | null;
  businessName: string | null;
  email: string | null;
  mobile: string | null;
  otherPhone: string | null;
  billingAddress: PostalAddress | null;
}

export type { QuickBooksVersion, VersionComparison };

const DETAIL_KEYS = [
  'firstName',
  'lastName',
  'businessName',
  'email',
  'mobile',
  'otherPhone',
  'billingAddress',
] as const satisfies readonly (keyof ContactDetails)[];

/**
 * Someone invoices are texted to. Fields are mapped by the ORM, so they are public, but they change
 * only through the methods below, which keep the invariants: a contact has a name, and a contact
 * linked to QuickBooks only ever moves to a newer version of its customer.
 */
export class Contact {
  id!: string;
  accountId!: string;
  firstName!: string | null;
  lastName!: string | null;
  businessName!: string | null;
  email!: string | null;
  mobile!: string | null;
  otherPhone!: string | null;
  billingAddress!: PostalAddress | null;
  source!: ContactSource;
  quickBooksCustomerId!: string | null;
  quickBooksSyncToken!: string | null;
  quickBooksUpdatedAt!: Date | null;
  optedOut!: boolean;
  optedOutAt!: Date | null;
  createdAt!: Date;
  updatedAt!: Date;
  private pendingEvents?: DomainEvent[];

  static create(accountId: string, details: ContactDetails, now = new Date()): Contact {
    assertNamed(details);
    const contact = new Contact();
    contact.id = newId(now.getTime());
    contact.accountId = accountId;
    Object.assign(contact, pickDetails(details));
    contact.source = 'manual';
    contact.quickBooksCustomerId = null;
    contact.quickBooksSyncToken = null;
    contact.quickBooksUpdatedAt = null;
    contact.optedOut = false;
    contact.optedOutAt = null;
    contact.createdAt = now;
    contact.updatedAt = now;
    return contact;
  }

  static fromQuickBooks(
    accountId: string,
    customerId: string,
    details: ContactDetails,
    version: QuickBooksVersion,
    now = new Date(),
  ): Contact {
    const contact = Contact.create(accountId, details, now);
    contact.linkTo(customerId, version);
    return contact;
  }

  displayName(): string {
    const person = [this.firstName, this.lastName].filter(Boolean).join(' ');
    return this.businessName ?? person;
  }

  /** Texts can reach it: it has a valid mobile and has not opted out. */
  canReceiveTexts(): boolean {
    return this.mobile !== null && !this.optedOut;
  }

  /** A change made in Settle; QuickBooks' next update of a linked contact overwrites it. */
  edit(changes: Partial<ContactDetails>, now = new Date()): void {
    const next = { ...pickDetails(this), ...changes };
    assertNamed(next);
    Object.assign(this, pickDetails(next));
    this.updatedAt = now;
  }

  /** How a QuickBooks version compares with the one this contact holds (newer when it holds none). */
  compareVersion(version: QuickBooksVersion): VersionComparison {
    if (this.quickBooksSyncToken === null || this.quickBooksUpdatedAt === null) return 'newer';
    return compareVersions(version, { syncToken: this.quickBooksSyncToken, updatedAt: this.quickBooksUpdatedAt });
  }

  /**
   * QuickBooks is the master: its customer's details replace this contact's, and the contact is
   * linked to it. Says whether any detail (or the link) changed; the version is stored either way.
   */
  applyQuickBooks(customerId: string, details: ContactDetails, version: QuickBooksVersion, now = new Date()): boolean {
    assertNamed(details);
    const incoming = pickDetails(details);
    const changed =
      this.quickBooksCustomerId !== customerId ||
      DETAIL_KEYS.some((key) => JSON.stringify(this[key]) !== JSON.stringify(incoming[key]));
    Object.assign(this, incoming);
    this.linkTo(customerId, version);
    if (changed) this.updatedAt = now;
    return changed;
  }

  optOut(now = new Date()): void {
    if (this.optedOut) return;
    this.optedOut = true;
    this.optedOutAt = now;
    this.updatedAt = now;
    this.record(new ContactOptedOutEvent(this.accountId, this.id));
  }

  optIn(now = new Date()): void {
    if (!this.optedOut) return;
    this.optedOut = false;
    this.optedOutAt = null;
    this.updatedAt = now;
  }

  /** Opts out or back in, as asked; says whether anything changed. */
  changeConsent(change: ConsentChangeKind, now = new Date()): boolean {
    const before = this.optedOut;
    if (change === 'opt_out') this.optOut(now);
    else this.optIn(now);
    return before !== this.optedOut;
  }

  /** The events recorded since the last call, for the outbox. */
  pullEvents(): DomainEvent[] {
    const events = this.pendingEvents ?? [];
    this.pendingEvents = [];
    return events;
  }

  private linkTo(customerId: string, version: QuickBooksVersion): void {
    this.source = 'quickbooks';
    this.quickBooksCustomerId = customerId;
    this.quickBooksSyncToken = version.syncToken;
    this.quickBooksUpdatedAt = version.updatedAt;
  }

  private record(event: DomainEvent): void {
    this.pendingEvents = [...(this.pendingEvents ?? []), event];
  }
}

function pickDetails(source: ContactDetails): ContactDetails {
  return {
    firstName: source.firstName,
    lastName: source.lastName,
    businessName: source.businessName,
    email: source.email,
    mobile: source.mobile,
    otherPhone: source.otherPhone,
    billingAddress: source.billingAddress,
  };
}

function assertNamed(details: ContactDetails): void {
  if (!details.firstName && !details.lastName && !details.businessName) throw ContactsErrors.nameRequired();
}
