import { Command } from '@nestjs/cqrs';
import type { TokenResponseDto } from '../token.response.dto';

export class LoginCommand extends Command<TokenResponseDto> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
