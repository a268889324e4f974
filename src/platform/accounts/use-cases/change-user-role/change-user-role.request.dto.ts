import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class ChangeUserRoleRequestDto {
  @ApiProperty({ enum: ['admin', 'member'], example: 'admin' })
  @IsIn(['admin', 'member'], { message: 'role must be admin or member' })
  role!: 'admin' | 'member';
}
