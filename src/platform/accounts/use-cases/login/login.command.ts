import { Command } from '@nestjs/cqrs';
import type { LoginResponseDto } from './login.response.dto';

export class LoginCommand extends Command<LoginResponseDto> {
  constructor(
    readonly email: string,
    readonly password: string,
    /** Which account to sign in to, when the email is a user of several; else the oldest that matches. */
    readonly accountId?: string,
  ) {
    super();
  }
}
