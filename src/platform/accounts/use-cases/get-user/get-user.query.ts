import { Query } from '@nestjs/cqrs';
import type { UserResponseDto } from '../user.response.dto';

export class GetUserQuery extends Query<UserResponseDto> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
  ) {
    super();
  }
}
