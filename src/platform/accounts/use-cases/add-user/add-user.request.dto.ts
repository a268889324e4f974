import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';

export class AddUserRequestDto {
  @ApiProperty({ example: 'sam@hartleyplumbing.co.uk' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'a long initial password', minLength: 10 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
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
