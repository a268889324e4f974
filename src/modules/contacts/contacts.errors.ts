import { AppError } from '../../platform/errors/app-error';

export type UniqueContactField = 'mobile' | 'email';

export const ContactsErrors = {
  contactNotFound: () => new AppError('CONTACTS.CONTACT_NOT_FOUND', 'not_found', 'No such contact in this account'),
  nameRequired: () =>
    new AppError('CONTACTS.NAME_REQUIRED', 'invalid', 'A contact needs a first name, a last name or a business name', [
      { field: 'firstName', message: 'firstName, lastName or businessName is required' },
    ]),
  invalidPhoneNumber: (field: string) =>
    new AppError('CONTACTS.INVALID_PHONE_NUMBER', 'invalid', `${field} is not a valid phone number`, [
      { field, message: `${field} must be a valid phone number, such as +44 7400 123456` },
    ]),
  notAMobileNumber: (field: string) =>
    new AppError(
      'CONTACTS.NOT_A_MOBILE_NUMBER',
      'invalid',
      `${field} is not a mobile number, so it cannot receive texts`,
      [{ field, message: `${field} must be a mobile number; put a landline in otherPhone` }],
    ),
  invalidEmail: (field: string) =>
    new AppError('CONTACTS.INVALID_EMAIL', 'invalid', `${field} is not a valid email address`, [
      { field, message: `${field} must be one email address, such as sam@example.com` },
    ]),
  duplicate: (field: UniqueContactField) =>
    new AppError(
      field === 'mobile' ? 'CONTACTS.MOBILE_TAKEN' : 'CONTACTS.EMAIL_TAKEN',
      'conflict',
      `Another contact of this account already has this ${field}`,
      [{ field, message: `is already used by another contact` }],
    ),
};
