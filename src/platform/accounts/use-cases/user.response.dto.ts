import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '../../tenancy/principal';
import type { User } from '../domain/user';

export class UserResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a11' })
  id!: string;

  @ApiProperty({ example: 'sam@hartleyplumbing.co.uk' })
  email!: string;

  @ApiProperty({ example: 'Sam Patel', nullable: true, type: String })
  name!: string | null;

  @ApiProperty({ enum: USER_ROLES, example: 'member' })
  role!: UserRole;

  @ApiProperty({ example: '2026-11-27T09:30:00.000Z' })
  createdAt!: string;

  static of(user: User): UserResponseDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
    };
  }
}
