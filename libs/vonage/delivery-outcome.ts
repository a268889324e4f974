/** What a delivery receipt says about its part. */
export type VonageDeliveryOutcome = 'delivered' | 'failed' | 'pending' | 'suppress_number';

const FINAL_FAILURES = new Set(['expired', 'failed', 'rejected']);

/** Absent subscriber (permanent), call barred by the user, illegal number (the user opted out). */
const SUPPRESSING_ERR_CODES = new Set(['3', '4', '9']);

/**
 * `delivered`; `failed` for a final non-delivered status; `suppress_number` for a failure whose
 * `err-code` says the number must not be texted again (also a final failure); `pending` for
 * `accepted`, `buffered`, `unknown` and any status not documented, which a later receipt settles.
 */
export function deliveryOutcome(status: string, errCode: string): VonageDeliveryOutcome {
  if (status === 'delivered') return 'delivered';
  if (!FINAL_FAILURES.has(status)) return 'pending';
  return SUPPRESSING_ERR_CODES.has(errCode) ? 'suppress_number' : 'failed';
}
