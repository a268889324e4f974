import type { ManualContactInput } from '../domain/manual-contact-details';
import type { ContactDetailsRequestDto } from './contact-details.request.dto';

/** What a create or update command carries: the typed details and the opt-out choice. */
export interface ContactInput extends ManualContactInput {
  optedOut?: boolean;
}

/** Copies a request body into a command's input (the DTO itself never travels on the bus). */
export function contactInputOf(body: ContactDetailsRequestDto): ContactInput {
  const address = body.billingAddress;
  return {
    firstName: body.firstName,
    lastName: body.lastName,
    businessName: body.businessName,
    email: body.email,
    mobile: body.mobile,
    otherPhone: body.otherPhone,
    billingAddress:
      address === undefined || address === null
        ? address
        : {
            lines: address.lines,
            city: address.city,
            region: address.region,
            postalCode: address.postalCode,
            country: address.country,
          },
    optedOut: body.optedOut,
  };
}
