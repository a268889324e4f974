import { ApiProperty } from '@nestjs/swagger';

export class TokenResponseDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMTkyZjFkZC…' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a10' })
  accountId!: string;

  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a11' })
  userId!: string;
}
