/** Column sizes of a contact's texts; what QuickBooks sends longer is truncated and reported. */
export const CONTACT_LIMITS = {
  firstName: 100,
  lastName: 100,
  businessName: 200,
  displayName: 500,
  otherPhone: 50,
  addressLine: 200,
  city: 100,
  region: 100,
  postalCode: 20,
  country: 100,
} as const;

/**
 * `text` cut to `limit` characters (code points, as the columns count them), or `text` itself when
 * it fits. A text no longer in UTF-16 units than the limit fits without counting its characters.
 */
export function withinLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const characters = [...text];
  return characters.length <= limit ? text : characters.slice(0, limit).join('');
}
