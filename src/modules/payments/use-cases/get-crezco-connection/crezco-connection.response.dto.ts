import { ApiProperty } from '@nestjs/swagger';
import type { CrezcoConnection } from '../../domain/crezco-connection';

export class CrezcoConnectionResponseDto {
  @ApiProperty({ enum: ['connected', 'disconnected'], example: 'connected' })
  status!: 'connected' | 'disconnected';

  @ApiProperty({ example: '6f1c2a4e-8a59-4b7e-9d0f-3c2b1a0e9d8c', description: "The business's Crezco user" })
  crezcoUserId!: string;

  @ApiProperty({ example: 'Hartley Plumbing Ltd', nullable: true, type: String })
  displayName!: string | null;

  @ApiProperty({ example: ['GBP'], description: 'The currencies customers can pay by bank in' })
  currencies!: string[];

  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' })
  connectedAt!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  disconnectedAt!: string | null;

  static of(connection: CrezcoConnection, currencies: readonly string[]): CrezcoConnectionResponseDto {
    return {
      status: connection.status,
      crezcoUserId: connection.crezcoUserId,
      displayName: connection.displayName,
      currencies: [...currencies],
      connectedAt: connection.connectedAt.toISOString(),
      disconnectedAt: connection.disconnectedAt?.toISOString() ?? null,
    };
  }
}
