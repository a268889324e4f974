import { ApiProperty } from '@nestjs/swagger';
import { UserResponseDto } from '../user.response.dto';

class MeAccountDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a10' })
  id!: string;

  @ApiProperty({ example: 'Hartley Plumbing Ltd' })
  name!: string;

  @ApiProperty({ example: 'GB' })
  country!: string;

  @ApiProperty({ example: 'Europe/London' })
  timezone!: string;
}

export class MeResponseDto {
  @ApiProperty({ type: MeAccountDto })
  account!: MeAccountDto;

  @ApiProperty({ type: UserResponseDto })
  user!: UserResponseDto;

  @ApiProperty({ enum: ['jwt', 'api-key'], example: 'jwt' })
  authenticatedBy!: 'jwt' | 'api-key';
}
