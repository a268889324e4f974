import { ApiProperty } from '@nestjs/swagger';
import { TokenResponseDto } from '../token.response.dto';

export class SignInAccountDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a10' })
  id!: string;

  @ApiProperty({ example: 'Hartley Plumbing' })
  name!: string;
}

export class LoginResponseDto extends TokenResponseDto {
  @ApiProperty({
    type: [SignInAccountDto],
    description:
      'Every account this email and password sign in to, oldest first; the token is for `accountId`. ' +
      'Log in again with another `accountId` to switch.',
  })
  accounts!: SignInAccountDto[];
}
