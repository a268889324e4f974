import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError } from '../errors/app-error';
import { PlatformErrors } from '../errors/platform.errors';
import { inspectInput } from './input-inspection';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const NOT_DTOS: unknown[] = [String, Number, Boolean, Array, Object];

/**
 * The global pipe: the raw input inspected first (nesting, reserved keys, control characters and
 * malformed Unicode, undocumented nulls; see inspectInput), then unknown fields refused, types
 * converted, and every failing field named.
 */
class SettleValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const dto = typeof metadata.metatype === 'function' && !NOT_DTOS.includes(metadata.metatype);
      const problems = inspectInput({
        value,
        name: metadata.data,
        kind: metadata.type,
        dto: dto ? metadata.metatype : undefined,
      });
      if (problems.length > 0) throw PlatformErrors.validationFailed(problems);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SettleValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => PlatformErrors.validationFailed(flatten(errors)),
  });
}
