import { Command } from '@nestjs/cqrs';
import type { TokenResponseDto } from '../token.response.dto';

export class SignupCommand extends Command<TokenResponseDto> {
  constructor(
    readonly accountName: string,
    readonly email: string,
    readonly password: string,
    readonly country: string,
    readonly timezone: string,
    readonly name?: string,
  ) {
    super();
  }
}
