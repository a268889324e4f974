import { ValidateBy, type ValidationArguments } from 'class-validator';
import { hasInvisibleCharacters } from '../domain/email-address';
import { passwordProblem } from '../domain/password-policy';

/** A password a new user may choose (see passwordProblem); the 400 says why one is refused. */
export const IsAcceptablePassword = () =>
  ValidateBy({
    name: 'isAcceptablePassword',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === undefined,
      defaultMessage: ({ property, value }: ValidationArguments) =>
        `${property} ${typeof value === 'string' ? passwordProblem(value) : 'must be a string'}`,
    },
  });

/** Refuses emails with characters that hide or reorder text, so no login looks like another. */
export const HasNoInvisibleCharacters = () =>
  ValidateBy({
    name: 'hasNoInvisibleCharacters',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !hasInvisibleCharacters(value),
      defaultMessage: ({ property }: ValidationArguments) =>
        `${property} must not contain whitespace or invisible, control or text-direction characters`,
    },
  });
