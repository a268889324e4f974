import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
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
}
