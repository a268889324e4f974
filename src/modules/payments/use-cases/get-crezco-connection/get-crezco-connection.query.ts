import { Query } from '@nestjs/cqrs';
import type { CrezcoConnectionResponseDto } from './crezco-connection.response.dto';

export class GetCrezcoConnectionQuery extends Query<CrezcoConnectionResponseDto> {
  constructor(readonly accountId: string) {
    super();
  }
}
