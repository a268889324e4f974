import { AppError } from '../../platform/errors/app-error';
import { ContactUnreachableError, type UnreachableReason } from './contracts/contact-unreachable.error';

export const MessagingErrors = {
  contactNotFound: () => new AppError('MESSAGING.CONTACT_NOT_FOUND', 'not_found', 'No such contact in this account'),
  contactUnreachable: (reason: UnreachableReason) => new ContactUnreachableError(reason),
  unknownPlaceholders: (tokens: string[], field = 'body') =>
    new AppError(
      'MESSAGING.UNKNOWN_PLACEHOLDERS',
      'invalid',
      `Unknown placeholders: ${tokens.join(', ')}`,
      tokens.map((token) => ({ field, message: `${token} is not a placeholder Settle knows` })),
    ),
  emptyText: () =>
    new AppError('MESSAGING.EMPTY_TEXT', 'invalid', 'The text is empty', [{ field: 'text', message: 'is empty' }]),
  templateNotFound: () =>
    new AppError('MESSAGING.TEMPLATE_NOT_FOUND', 'not_found', 'No such message template in this account'),
  defaultTemplateKept: () =>
    new AppError(
      'MESSAGING.DEFAULT_TEMPLATE_REQUIRED',
      'conflict',
      'The invoice intro template cannot be deleted: edit it instead',
    ),
  invalidSender: (kind: string) =>
    new AppError(
      'MESSAGING.INVALID_SENDER',
      'invalid',
      kind === 'number'
        ? 'A number sender is a phone number in international form, such as +447700900123'
        : 'An alphanumeric sender is 1 to 11 letters, digits and spaces, with at least one letter',
      [{ field: 'value', message: `is not a valid ${kind} sender` }],
    ),
};
