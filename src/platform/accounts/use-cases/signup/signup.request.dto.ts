import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsISO31661Alpha2, IsOptional, IsString, IsTimeZone, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/password-policy';
import { HasNoInvisibleCharacters, IsAcceptablePassword } from '../credentials.validators';

export class SignupRequestDto {
  @ApiProperty({ example: 'Hartley Plumbing Ltd', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  accountName!: string;

  @ApiProperty({ example: 'jane@hartleyplumbing.co.uk' })
  @IsEmail({}, { message: 'email must be an email address' })
  @HasNoInvisibleCharacters()
  @MaxLength(320)
  email!: string;

  @ApiProperty({
    example: 'correct horse battery staple',
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
  })
  @IsAcceptablePassword()
  password!: string;

  @ApiPropertyOptional({ example: 'Jane Hartley', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'GB', default: 'GB', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as GB' })
  country: string = 'GB';

  @ApiPropertyOptional({ example: 'Europe/London', default: 'Europe/London', description: 'IANA time zone' })
  @IsOptional()
  @IsTimeZone({ message: 'timezone must be an IANA time zone such as Europe/London' })
  timezone: string = 'Europe/London';
}
