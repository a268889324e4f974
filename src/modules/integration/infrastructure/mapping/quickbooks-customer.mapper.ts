import type { QboCustomer } from '../../../../../libs/quickbooks/qbo-types';
import type { QuickBooksCustomerRecord } from '../../../contacts/contracts';
import { toPostalAddress } from './quickbooks-address.mapper';
import { readEntityIdentity } from './quickbooks-entity-identity';
import { trimToNull } from './quickbooks-values';

/**
 * A QuickBooks Customer as Contacts' QuickBooksCustomerRecord. Texts trimmed, blanks → null; the
 * email and the three phones are passed as QuickBooks holds them (trimmed only): which phone is the
 * mobile and which address is valid are Contacts' rules. `Active` absent counts as active
 * (QuickBooks' default). Throws QuickBooksMappingError without Id, SyncToken or LastUpdatedTime.
 */
export function toQuickBooksCustomerRecord(customer: QboCustomer): QuickBooksCustomerRecord {
  const { quickBooksId, syncToken, lastUpdatedAt } = readEntityIdentity('Customer', customer);
  // Every field in one literal: a spread followed by more fields takes V8's slow path.
  return {
    quickBooksId,
    syncToken,
    lastUpdatedAt,
    displayName: trimToNull(customer.DisplayName),
    title: trimToNull(customer.Title),
    givenName: trimToNull(customer.GivenName),
    middleName: trimToNull(customer.MiddleName),
    familyName: trimToNull(customer.FamilyName),
    suffix: trimToNull(customer.Suffix),
    companyName: trimToNull(customer.CompanyName),
    email: trimToNull(customer.PrimaryEmailAddr?.Address),
    mobile: trimToNull(customer.Mobile?.FreeFormNumber),
    primaryPhone: trimToNull(customer.PrimaryPhone?.FreeFormNumber),
    alternatePhone: trimToNull(customer.AlternatePhone?.FreeFormNumber),
    billingAddress: toPostalAddress(customer.BillAddr),
    active: customer.Active !== false,
  };
}
