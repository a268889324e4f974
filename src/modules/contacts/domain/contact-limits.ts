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
