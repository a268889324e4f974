/**
 * Something the mapping had to adjust or leave out rather than fail on. The record is still
 * complete and usable; the caller logs the warnings with the entity id (and may flag the invoice).
 * - `amount-rounded`: QuickBooks sent more decimals than the currency has (12.345 GBP); the amount
 *   was rounded half-up to `roundedMinor`.
 * - `line-skipped`: a line of a DetailType Settle does not know.
 */
export type QuickBooksMappingWarning =
  | { kind: 'amount-rounded'; field: string; original: string; currency: string; roundedMinor: bigint }
  | { kind: 'line-skipped'; field: string; detailType: string };
