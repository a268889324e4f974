import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { IntegrationErrors } from '../../integration.errors';
import { GetQuickBooksConnectionQuery } from './get-quickbooks-connection.query';
import type { QuickBooksConnectionResponseDto } from './quickbooks-connection.response.dto';

const iso = (date: Date | null) => date?.toISOString() ?? null;

@QueryHandler(GetQuickBooksConnectionQuery)
export class GetQuickBooksConnectionHandler implements IQueryHandler<GetQuickBooksConnectionQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId }: GetQuickBooksConnectionQuery): Promise<QuickBooksConnectionResponseDto> {
    const connection = await this.scope.read(accountId, (em) => em.findOne(QuickBooksConnection, { accountId }));
    if (!connection) throw IntegrationErrors.connectionNotFound();
    const cursor = connection.status === 'connected' ? connection.cdcCursor : null;
    return {
      status: connection.status,
      statusReason: connection.statusReason,
      companyName: connection.companyName,
      realmId: connection.realmId,
      homeCurrency: connection.homeCurrency,
      connectedAt: connection.connectedAt.toISOString(),
      connectedByUserId: connection.connectedByUserId,
      disconnectedAt: iso(connection.disconnectedAt),
      lastSyncAt: iso(connection.lastSyncAt),
      lastWebhookAt: iso(connection.lastWebhookAt),
      cdc: {
        cursor: iso(cursor),
        lagSeconds: cursor ? Math.round((Date.now() - cursor.getTime()) / 1000) : null,
        lastPassAt: iso(connection.lastCdcPassAt),
      },
      tokens: {
        accessTokenExpiresAt: iso(connection.accessTokenExpiresAt),
        refreshTokenExpiresAt: iso(connection.refreshTokenExpiresAt),
        refreshTokenHardExpiresAt: iso(connection.refreshTokenHardExpiresAt),
      },
      recentFailures: connection.recentFailures,
    };
  }
}
