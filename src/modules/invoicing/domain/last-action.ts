export const LAST_ACTION_KINDS = [
  'imported',
  'updated_from_quickbooks',
  'voided_in_quickbooks',
  'deleted_in_quickbooks',
  'edited',
  'sent',
  'deleted',
] as const;
export type LastActionKind = (typeof LAST_ACTION_KINDS)[number];

/** Who did something to an invoice: a user of the account, or QuickBooks. */
export type UserActor = { kind: 'user'; userId: string };
export type Actor = UserActor | { kind: 'quickbooks' };

export const QUICKBOOKS_ACTOR: Actor = { kind: 'quickbooks' };

/** Who did it, as stored: a user id, or "quickbooks". */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? actor.userId : 'quickbooks';
}
