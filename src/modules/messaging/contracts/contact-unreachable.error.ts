import { AppError } from '../../../platform/errors/app-error';

/** Why a contact cannot be texted. */
export type UnreachableReason = 'no_mobile' | 'opted_out' | 'number_suppressed';

const UNREACHABLE: Record<UnreachableReason, string> = {
  no_mobile: 'The contact has no mobile number',
  opted_out: 'The contact opted out of texts (they texted STOP, or a user opted them out)',
  number_suppressed: "The contact's number was reported barred or out of service by the SMS provider",
};

/**
 * What SendTextCommand throws for a contact who cannot be texted: a 409 that says why (`reason`),
 * so a user can fix it, and a type a caller can recognise without reading the problem's fields.
 */
export class ContactUnreachableError extends AppError {
  constructor(readonly reason: UnreachableReason) {
    super('MESSAGING.CONTACT_UNREACHABLE', 'conflict', `${UNREACHABLE[reason]}: nothing was sent`, [
      { field: 'reason', message: reason },
    ]);
  }
}
