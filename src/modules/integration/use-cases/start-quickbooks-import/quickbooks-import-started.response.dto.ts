import { ApiProperty } from '@nestjs/swagger';

export class QuickBooksImportStartedResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20', description: 'Follow it at GET imports/{importId}' })
  importId!: string;
}
