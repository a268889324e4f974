import { ApiProperty } from '@nestjs/swagger';
import type { ApiKey } from '../domain/api-key';

export class ApiKeyResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a12' })
  id!: string;

  @ApiProperty({ example: 'Accounts team Zapier' })
  name!: string;

  @ApiProperty({ example: '2026-11-27T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  lastUsedAt!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  revokedAt!: string | null;

  static of(key: ApiKey): ApiKeyResponseDto {
    return {
      id: key.id,
      name: key.name,
      createdAt: key.createdAt.toISOString(),
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedApiKeyResponseDto extends ApiKeyResponseDto {
  @ApiProperty({
    example: 'stl_0192f1dd658b7c3e9a0e5d2b1f4c8a12_Q2hhbmdlIG1lIGZvciBhIHJlYWwga2V5IHBsZWFzZS4uLg',
    description: 'Shown this once; send it as X-API-Key',
  })
  key!: string;
}
