import { Command } from '@nestjs/cqrs';
import type { UserResponseDto } from '../user.response.dto';

export class ChangeUserRoleCommand extends Command<UserResponseDto> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
    readonly role: 'admin' | 'member',
  ) {
    super();
  }
}
