import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, titleOf } from './problem';

class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'email must be an email address' })
  message!: string;
}

export class ProblemDto {
  @ApiProperty({ example: 'https://settle.dev/problems/platform-validation-failed' })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'The request is not valid: email' })
  detail!: string;

  @ApiProperty({ example: 'PLATFORM.VALIDATION_FAILED', description: 'Stable, namespaced error code' })
  code!: string;

  @ApiPropertyOptional({ example: '/api/v1/auth/signup' })
  instance?: string;

  @ApiPropertyOptional({ example: '3f0c6c1e-7f0b-4d7e-9a51-8d2c4c1b2a90' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}

/** Documents the problem+json answers an endpoint can give, 401 and 500 included for every one. */
export function ApiProblems(...statuses: number[]) {
  const all = [...new Set([...statuses, 500])].sort();
  return applyDecorators(
    ...all.map((status) =>
      ApiResponse({
        status,
        description: titleOf(status),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
}
