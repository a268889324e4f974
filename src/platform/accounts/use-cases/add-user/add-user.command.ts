import { Command } from '@nestjs/cqrs';
import type { UserRole } from '../../../tenancy/principal';
import type { UserResponseDto } from '../user.response.dto';

export class AddUserCommand extends Command<UserResponseDto> {
  constructor(
    readonly accountId: string,
    readonly email: string,
    readonly password: string,
    readonly role: Exclude<UserRole, 'owner'>,
    readonly name?: string,
  ) {
    super();
  }
}
