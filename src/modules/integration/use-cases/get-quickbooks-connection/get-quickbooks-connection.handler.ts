import type { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksPaymentWrite } from '../../domain/quickbooks-payment-write';
import { IntegrationErrors } from '../../integration.errors';
import { GetQuickBooksConnectionQuery } from './get-quickbooks-connection.query';
import type { QuickBooksConnectionResponseDto } from './quickbooks-connection.response.dto';

const iso = (date: Date | null) => date?.toISOString() ?? null;

@QueryHandler(GetQuickBooksConnectionQuery)
export class GetQuickBooksConnectionHandler implements IQueryHandler<GetQuickBooksConnectionQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId }: GetQuickBooksConnectionQuery): Promise<QuickBooksConnectionResponseDto> {
    const { connection, payments } = await this.scope.read(accountId, async (em) => ({
      connection: await em.findOne(QuickBooksConnection, { accountId }),
      payments: await paymentHealth(em, accountId),
    }));
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
      payments,
    };
  }
}

async function paymentHealth(
  em: EntityManager,
  accountId: string,
): Promise<QuickBooksConnectionResponseDto['payments']> {
  const notInQuickBooks = await em.count(QuickBooksPaymentWrite, { accountId, state: 'failed' });
  const pending = await em.count(QuickBooksPaymentWrite, { accountId, state: 'pending' });
  const latest = await em.findOne(
    QuickBooksPaymentWrite,
    { accountId, state: 'failed' },
    { orderBy: { updatedAt: 'desc' } },
  );
  const latestFailure = latest
    ? { paymentId: latest.paymentId, reason: latest.lastError ?? '', at: latest.updatedAt.toISOString() }
    : null;
  return { notInQuickBooks, pending, latestFailure };
}
