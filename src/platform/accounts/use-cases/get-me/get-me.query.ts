import { Query } from '@nestjs/cqrs';
import type { Principal } from '../../../tenancy/principal';
import type { MeResponseDto } from './me.response.dto';

export class GetMeQuery extends Query<MeResponseDto> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
    readonly authenticatedBy: Principal['via'],
  ) {
    super();
  }
}
