import { AppError } from '../../../platform/errors/app-error';
import { QuickBooksConnectedEvent, QuickBooksConnectionLostEvent, QuickBooksDisconnectedEvent } from '../contracts';
import { QuickBooksConnection, type CompanyDetails, type SealedTokens } from './quickbooks-connection';

const now = new Date('2026-03-05T09:00:00Z');
const tokens = (suffix: string): SealedTokens => ({
  accessToken: `v1.access-${suffix}`,
  refreshToken: `v1.refresh-${suffix}`,
  accessTokenExpiresAt: new Date('2026-03-05T10:00:00Z'),
  refreshTokenExpiresAt: new Date('2026-06-13T09:00:00Z'),
  refreshTokenHardExpiresAt: new Date('2031-03-05T09:00:00Z'),
});
const hartley: CompanyDetails = {
  companyName: 'Hartley & Moss Joinery Ltd',
  country: 'GB',
  homeCurrency: 'GBP',
  undepositedFundsAccountId: '4',
};
const acme: CompanyDetails = {
  companyName: 'Acme Inc',
  country: 'US',
  homeCurrency: 'USD',
  undepositedFundsAccountId: null,
};

function connected(): QuickBooksConnection {
  const connection = QuickBooksConnection.connect(
    { accountId: 'acc-1', userId: 'user-1', realmId: '9130000000000001', tokens: tokens('1'), company: hartley },
    now,
  );
  connection.pullEvents();
  return connection;
}

describe('QuickBooksConnection', () => {
  it('connects with the company as QuickBooks describes it, and records QuickBooksConnected', () => {
    const connection = QuickBooksConnection.connect(
      {
        id: 'conn-1',
        accountId: 'acc-1',
        userId: 'user-1',
        realmId: '9130000000000001',
        tokens: tokens('1'),
        company: hartley,
      },
      now,
    );

    expect(connection).toMatchObject({
      id: 'conn-1',
      status: 'connected',
      companyName: 'Hartley & Moss Joinery Ltd',
      companyCountry: 'GB',
      homeCurrency: 'GBP',
      undepositedFundsAccountId: '4',
      accessToken: 'v1.access-1',
      refreshToken: 'v1.refresh-1',
      connectedAt: now,
      connectedByUserId: 'user-1',
      cdcCursor: now,
    });
    const events = connection.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(QuickBooksConnectedEvent);
    expect(events[0]).toMatchObject({
      accountId: 'acc-1',
      realmId: '9130000000000001',
      companyName: 'Hartley & Moss Joinery Ltd',
      homeCurrency: 'GBP',
    });
    expect(connection.pullEvents()).toEqual([]);
  });

  it('reconnects to the same company keeping its sync state, and records QuickBooksConnected again', () => {
    const connection = connected();
    const cursor = new Date('2026-03-06T00:00:00Z');
    connection.cdcPassed(cursor);
    connection.paymentMethodIds = { Stripe: '7' };
    connection.reconnect(
      { userId: 'user-2', realmId: '9130000000000001', tokens: tokens('2'), company: hartley, replaceCompany: false },
      now,
    );

    expect(connection).toMatchObject({
      cdcCursor: cursor,
      connectedByUserId: 'user-2',
      refreshToken: 'v1.refresh-2',
      paymentMethodIds: { Stripe: '7' },
    });
    const [event] = connection.pullEvents();
    expect(event).toBeInstanceOf(QuickBooksConnectedEvent);
    expect(event).toMatchObject({ accountId: 'acc-1', realmId: '9130000000000001' });
  });

  it('never moves the CDC cursor back: a pass that started earlier may end later', () => {
    const connection = connected();
    const later = new Date('2026-03-06T00:05:00Z');
    connection.cdcPassed(later);
    connection.cdcPassed(new Date('2026-03-06T00:04:00Z'));

    expect(connection.cdcCursor).toEqual(later);
  });

  it('refuses another company unless asked to replace it, and records nothing then', () => {
    const connection = connected();
    const other = { userId: 'user-1', realmId: '9130000000000002', tokens: tokens('2'), company: acme };
    connection.paymentMethodIds = { Stripe: '7' };

    expect(() => connection.reconnect({ ...other, replaceCompany: false })).toThrow(AppError);
    expect(connection.pullEvents()).toEqual([]);
    expect(connection.realmId).toBe('9130000000000001');

    connection.reconnect({ ...other, replaceCompany: true }, now);
    expect(connection).toMatchObject({
      realmId: '9130000000000002',
      companyName: 'Acme Inc',
      homeCurrency: 'USD',
      undepositedFundsAccountId: null,
      paymentMethodIds: {},
    });
    expect(connection.pullEvents()).toEqual([
      expect.objectContaining({ realmId: '9130000000000002', companyName: 'Acme Inc', homeCurrency: 'USD' }),
    ]);
  });

  it('is lost once when QuickBooks refuses the refresh token, and records QuickBooksConnectionLost', () => {
    const connection = connected();
    connection.lose('Token invalid');
    connection.lose('Token invalid');

    expect(connection.status).toBe('needs_reconnect');
    expect(connection.statusReason).toContain('reconnect QuickBooks');
    expect(connection.isConnected()).toBe(false);
    expect(connection.recentFailures).toHaveLength(1);
    expect(connection.recentFailures[0]).toMatchObject({ operation: 'refresh token', code: 'invalid_grant' });
    const events = connection.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(QuickBooksConnectionLostEvent);
    expect(events[0]).toMatchObject({ accountId: 'acc-1', realmId: '9130000000000001', reason: 'Token invalid' });
  });

  it('disconnects once, forgetting its tokens, and records QuickBooksDisconnected', () => {
    const connection = connected();
    connection.disconnect(now);
    connection.disconnect(now);

    expect(connection).toMatchObject({
      status: 'disconnected',
      accessToken: null,
      refreshToken: null,
      accessTokenExpiresAt: null,
      disconnectedAt: now,
    });
    const events = connection.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(QuickBooksDisconnectedEvent);
    expect(events[0]).toMatchObject({ accountId: 'acc-1', realmId: '9130000000000001' });
  });

  it('records nothing for a refresh, a sync or a failure', () => {
    const connection = connected();
    connection.refreshed(tokens('3'));
    connection.synced(now);
    connection.recordFailure({ operation: 'read invoice/1', message: 'boom', code: null, intuitTid: null });
    expect(connection.pullEvents()).toEqual([]);
    expect(connection.refreshToken).toBe('v1.refresh-3');
  });
});
