import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy';

export class LoginRequestDto {
  @ApiProperty({ example: 'jane@hartleyplumbing.co.uk' })
  @IsString()
  @MaxLength(320)
  email!: string;

  /** In UTF-16 units, which a password's length in code points can at most double. */
  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 2)
  password!: string;

  @ApiPropertyOptional({
    description: 'The account to sign in to, when this email is a user of several (see `accounts` in the answer)',
    example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a10',
  })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be a UUID' })
  accountId?: string;
}
