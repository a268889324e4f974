/** A postal address as Settle keeps it: free lines, then the structured parts when known. */
export interface PostalAddress {
  lines: string[];
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}
