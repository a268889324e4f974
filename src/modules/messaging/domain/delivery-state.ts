/** What a receipt says about one part (the provider's outcome; suppress_number is a failure). */
export type PartOutcome = 'delivered' | 'failed' | 'pending' | 'suppress_number';

export interface PartReceipt {
  partId: string;
  outcome: PartOutcome;
}

export type MessageDeliveryState = 'sent' | 'delivered' | 'failed';

/**
 * A sent message's state from the receipts of its parts, in any order and with repeats:
 * `failed` as soon as any part failed finally (a later receipt for that part cannot undo it),
 * `delivered` when `expectedParts` distinct parts are delivered, otherwise still `sent`.
 */
export function messageDeliveryState(expectedParts: number, receipts: readonly PartReceipt[]): MessageDeliveryState {
  if (receipts.some((receipt) => receipt.outcome === 'failed' || receipt.outcome === 'suppress_number')) {
    return 'failed';
  }
  const delivered = new Set(receipts.filter((receipt) => receipt.outcome === 'delivered').map((r) => r.partId));
  return delivered.size >= Math.max(expectedParts, 1) ? 'delivered' : 'sent';
}
