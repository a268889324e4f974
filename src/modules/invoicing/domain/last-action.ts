export const LAST_ACTION_KINDS = [
  'imported',
  'updated_from_quickbooks',
  'voided_in_quickbooks',
  'deleted_in_quickbooks',
  'edited',
  'sent',
  'deleted',
  'paid_by_card',
  'paid_by_bank',
  'marked_paid',
  'paid_in_quickbooks',
] as const;
export type LastActionKind = (typeof LAST_ACTION_KINDS)[number];

/** Who did something to an invoice: a user of the account, QuickBooks, or a payment Settle took or recorded. */
export type UserActor = { kind: 'user'; userId: string };
export type PaymentActor = { kind: 'payment'; paymentId: string };
export type Actor = UserActor | PaymentActor | { kind: 'quickbooks' };

export const QUICKBOOKS_ACTOR: Actor = { kind: 'quickbooks' };

/** Who did it, as stored: a user id, "quickbooks", or "payment:<payment id>". */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return actor.userId;
  return actor.kind === 'payment' ? `payment:${actor.paymentId}` : 'quickbooks';
}
