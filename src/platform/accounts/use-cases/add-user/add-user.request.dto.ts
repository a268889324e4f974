import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/password-policy';
import { HasNoInvisibleCharacters, IsAcceptablePassword } from '../credentials.validators';

export class AddUserRequestDto {
  @ApiProperty({ example: 'sam@hartleyplumbing.co.uk' })
  @IsEmail({}, { message: 'email must be an email address' })
  @HasNoInvisibleCharacters()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'a long initial password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsAcceptablePassword()
  password!: string;

  @ApiProperty({ enum: ['admin', 'member'], example: 'member' })
  @IsIn(['admin', 'member'], { message: 'role must be admin or member' })
  role!: 'admin' | 'member';

  @ApiPropertyOptional({ example: 'Sam Patel' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
}
