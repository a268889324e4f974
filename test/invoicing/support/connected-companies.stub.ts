import { Module } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GetConnectedCompanyQuery, type ConnectedCompany } from '../../../src/modules/integration/contracts';

/**
 * Answers GetConnectedCompanyQuery in Integration's place, with the companies a test connects
 * (null for any other account). Pass ConnectedCompaniesStubModule in startTestApp's `imports`: a
 * module imported after AppModule registers its handler after Integration's, so this one answers.
 */
@QueryHandler(GetConnectedCompanyQuery)
export class ConnectedCompaniesStub implements IQueryHandler<GetConnectedCompanyQuery> {
  private readonly companies = new Map<string, ConnectedCompany>();

  connect(accountId: string, companyName: string): void {
    this.companies.set(accountId, { realmId: '9341455130166501', companyName, homeCurrency: 'GBP' });
  }

  async execute({ accountId }: GetConnectedCompanyQuery): Promise<ConnectedCompany | null> {
    return this.companies.get(accountId) ?? null;
  }
}

@Module({ providers: [ConnectedCompaniesStub] })
export class ConnectedCompaniesStubModule {}
