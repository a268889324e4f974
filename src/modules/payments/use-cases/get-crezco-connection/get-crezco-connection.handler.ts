import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { CrezcoConnection } from '../../domain/crezco-connection';
import { CREZCO_GATEWAY, type CrezcoGateway } from '../../domain/crezco-gateway.port';
import { PaymentsErrors } from '../../payments.errors';
import { CrezcoConnectionResponseDto } from './crezco-connection.response.dto';
import { GetCrezcoConnectionQuery } from './get-crezco-connection.query';

@QueryHandler(GetCrezcoConnectionQuery)
export class GetCrezcoConnectionHandler implements IQueryHandler<GetCrezcoConnectionQuery> {
  constructor(
    private readonly scope: AccountScope,
    @Inject(CREZCO_GATEWAY) private readonly crezco: CrezcoGateway,
  ) {}

  async execute({ accountId }: GetCrezcoConnectionQuery): Promise<CrezcoConnectionResponseDto> {
    const connection = await this.scope.read(accountId, (em) => em.findOne(CrezcoConnection, { accountId }));
    if (!connection) throw PaymentsErrors.crezcoNotConnected();
    return CrezcoConnectionResponseDto.of(connection, this.crezco.currencies);
  }
}
