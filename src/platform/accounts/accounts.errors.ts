import { AppError } from '../errors/app-error';

export const AccountsErrors = {
  emailTaken: () =>
    new AppError('ACCOUNTS.EMAIL_TAKEN', 'conflict', 'A user of this account already has this email', [
      { field: 'email', message: 'is already a user of this account' },
    ]),
  invalidCredentials: () =>
    new AppError('AUTH.INVALID_CREDENTIALS', 'unauthenticated', 'The email or the password is wrong'),
  userNotFound: () => new AppError('ACCOUNTS.USER_NOT_FOUND', 'not_found', 'No such user in this account'),
  apiKeyNotFound: () => new AppError('ACCOUNTS.API_KEY_NOT_FOUND', 'not_found', 'No such API key in this account'),
  ownerIsFixed: () =>
    new AppError(
      'ACCOUNTS.OWNER_IS_FIXED',
      'conflict',
      'The owner is set at signup; owners cannot be added, demoted or removed',
    ),
  cannotRemoveSelf: () => new AppError('ACCOUNTS.CANNOT_REMOVE_SELF', 'conflict', 'You cannot remove yourself'),
};
