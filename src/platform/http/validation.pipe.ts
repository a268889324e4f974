import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '../errors/app-error';
import { PlatformErrors } from '../errors/platform.errors';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The global pipe: unknown fields refused, types converted, every failing field named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => PlatformErrors.validationFailed(flatten(errors)),
  });
}
