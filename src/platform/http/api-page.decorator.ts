import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { PageInfo } from './pagination';

/** Documents a list endpoint's answer: `{ data: T[], page: { limit, nextCursor } }`. */
export function ApiPage(model: Type<unknown>) {
  return applyDecorators(
    ApiExtraModels(PageInfo, model),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['data', 'page'],
        properties: {
          data: { type: 'array', items: { $ref: getSchemaPath(model) } },
          page: { $ref: getSchemaPath(PageInfo) },
        },
      },
    }),
  );
}
