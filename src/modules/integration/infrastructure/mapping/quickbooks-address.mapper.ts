import type { QboAddress } from '../../../../../libs/quickbooks/qbo-types';
import type { PostalAddress } from '../../../contacts/contracts';
import { trimToNull } from './quickbooks-values';

/**
 * QuickBooks' BillAddr as a PostalAddress: Line1..Line5 (trimmed, blanks dropped) → lines, City,
 * CountrySubDivisionCode → region, PostalCode, Country. No address, or one with nothing in it
 * (QuickBooks sends `{"Id": "74"}` or Lat/Long only), → null.
 */
export function toPostalAddress(address: QboAddress | undefined): PostalAddress | null {
  if (!address) return null;
  const lines = [address.Line1, address.Line2, address.Line3, address.Line4, address.Line5]
    .map(trimToNull)
    .filter((line): line is string => line !== null);
  const result: PostalAddress = {
    lines,
    city: trimToNull(address.City),
    region: trimToNull(address.CountrySubDivisionCode),
    postalCode: trimToNull(address.PostalCode),
    country: trimToNull(address.Country),
  };
  const empty = lines.length === 0 && !result.city && !result.region && !result.postalCode && !result.country;
  return empty ? null : result;
}
