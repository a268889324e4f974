import { createHmac } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { QueryBus } from '@nestjs/cqrs';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { FindContactsByQuickBooksIdsQuery } from '../../src/modules/contacts/contracts';
import { QuickBooksChangeNoticeRecord } from '../../src/modules/integration/domain/quickbooks-change-notice.record';
import { QuickBooksConnection } from '../../src/modules/integration/domain/quickbooks-connection';
import { QuickBooksApiClient } from '../../src/modules/integration/infrastructure/quickbooks-api/quickbooks-api.client';
import { QuickBooksCdcScheduler } from '../../src/modules/integration/use-cases/run-quickbooks-cdc-pass/quickbooks-cdc.scheduler';
import { InboxMessage } from '../../src/platform/inbox/inbox-message';
import { OutboxMessage } from '../../src/platform/outbox/outbox-message';
import { type SignedUp } from '../support/accounts';
import { type SandboxedApp, scheduleCdcPass, startConnectedApp } from '../support/quickbooks';

const company = generateCompany({ seed: 'sync', customers: 10, invoices: 10, realmId: '9130000000000101' });
const realmId = company.realmId;

describe('keeping in sync with QuickBooks', () => {
  let env: SandboxedApp;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], company.realmId));
  });

  afterAll(() => env.close());

  const em = () => env.app.app.get(EntityManager).fork();
  const contactOf = async (customerId: string) =>
    (await env.app.app.get(QueryBus).execute(new FindContactsByQuickBooksIdsQuery(owner.accountId, [customerId])))[0];
  const notices = (entityId: string) => em().find(QuickBooksChangeNoticeRecord, { realmId, entityId });
  const connection = () => em().findOneOrFail(QuickBooksConnection, { accountId: owner.accountId }, { filters: false });

  function signed(body: string, verifier = env.sandbox.verifierToken) {
    return createHmac('sha256', verifier).update(body).digest('base64');
  }

  it('brings a customer created in QuickBooks in by webhook', async () => {
    const customer = env.sandbox.user.createCustomer(realmId, {
      DisplayName: 'Webhook Wendy',
      GivenName: 'Wendy',
      FamilyName: 'Hook',
      Mobile: { FreeFormNumber: '07911 654321' },
    });
    const contact = await eventually(async () => {
      const found = await contactOf(customer.Id);
      expect(found).toBeDefined();
      return found;
    });
    expect(contact.displayName).toContain('Wendy');
    const status = await env.app.http().get('/api/v1/integrations/quickbooks').set(owner.auth).expect(200);
    expect(status.body.lastWebhookAt).not.toBeNull();
  });

  it('refuses a forged or missing signature and stores nothing', async () => {
    const body = JSON.stringify([
      {
        specversion: '1.0',
        id: 'forged-1',
        type: 'qbo.customer.updated.v1',
        intuitentityid: '1',
        intuitaccountid: realmId,
      },
    ]);
    const before = await em().count(InboxMessage, {});
    await env.app.http().post('/webhooks/quickbooks').set('Content-Type', 'application/json').send(body).expect(401);
    await env.app
      .http()
      .post('/webhooks/quickbooks')
      .set('Content-Type', 'application/cloudevents-batch+json')
      .set('intuit-signature', signed(body, 'not the verifier'))
      .send(body)
      .expect(401);
    expect(await em().count(InboxMessage, {})).toBe(before);
  });

  it('processes a webhook delivered twice once, and stores and acknowledges entities it does not sync', async () => {
    const body = JSON.stringify([
      {
        specversion: '1.0',
        id: 'estimate-evt-1',
        source: 'intuit.test',
        type: 'qbo.estimate.created.v1',
        time: new Date().toISOString(),
        intuitentityid: '77',
        intuitaccountid: realmId,
        data: {},
      },
    ]);
    for (const type of ['application/cloudevents-batch+json', 'application/cloudevents-batch+json']) {
      await env.app
        .http()
        .post('/webhooks/quickbooks')
        .set('Content-Type', type)
        .set('intuit-signature', signed(body))
        .send(body)
        .expect(200);
    }
    const [notice] = await eventually(async () => {
      const found = await notices('77');
      expect(found[0]?.processedAt).toBeInstanceOf(Date);
      return found;
    });
    expect(notice.outcome).toBe('not synced: Settle does not use Estimate');
    expect(await em().count(InboxMessage, { provider: 'quickbooks', rawBody: body })).toBe(1);
  });

  it('records and syncs the valid events of a delivery that also holds a poison and an overlong one', async () => {
    const customer = env.sandbox.user.createCustomer(realmId, {
      DisplayName: 'Mixed Mel',
      PrimaryEmailAddr: { Address: 'mel@mixed.example' },
    });
    await eventually(async () => expect(await contactOf(customer.Id)).toBeDefined());
    env.sandbox.admin.configureWebhooks({ dropNext: 1 });
    env.sandbox.user.updateCustomer(realmId, customer.Id, { DisplayName: 'Mixed Melanie' });
    await env.sandbox.admin.flushWebhooks();
    const event = (id: string, overrides: Record<string, unknown>) => ({
      specversion: '1.0',
      id,
      source: 'intuit.test',
      type: 'qbo.customer.updated.v1',
      time: new Date().toISOString(),
      intuitentityid: customer.Id,
      intuitaccountid: realmId,
      data: {},
      ...overrides,
    });
    const body = JSON.stringify([
      event('poison-1', { intuitentityid: `${customer.Id}\u0000` }),
      event('overlong-1', { type: `qbo.${'customer'.repeat(9)}.updated.v1` }),
      event('mixed-valid-1', {}),
    ]);
    await env.app
      .http()
      .post('/webhooks/quickbooks')
      .set('Content-Type', 'application/cloudevents-batch+json')
      .set('intuit-signature', signed(body))
      .send(body)
      .expect(200);

    const inbox = await eventually(async () => {
      const found = await em().findOneOrFail(InboxMessage, { provider: 'quickbooks', rawBody: body });
      expect(found.status).toBe('processed');
      return found;
    });
    expect(inbox.error).toBeNull();
    const valid = await eventually(async () => {
      const found = await em().findOneOrFail(QuickBooksChangeNoticeRecord, { eventKey: 'mixed-valid-1' });
      expect(found.processedAt).toBeInstanceOf(Date);
      return found;
    });
    expect(valid.outcome).toMatch(new RegExp(`^customer ${customer.Id}: updated`));
    expect(await em().count(QuickBooksChangeNoticeRecord, { eventKey: { $in: ['poison-1', 'overlong-1'] } })).toBe(0);
    expect((await contactOf(customer.Id)).displayName).toContain('Melanie');
  });

  it('syncs an entity once when the sandbox duplicates the delivery', async () => {
    env.sandbox.admin.configureWebhooks({ duplicateNext: 1 });
    const customer = env.sandbox.user.createCustomer(realmId, {
      DisplayName: 'Twice Tom',
      PrimaryEmailAddr: { Address: 'tom@twice.example' },
    });
    await eventually(async () => expect(await contactOf(customer.Id)).toBeDefined());
    await eventually(async () => {
      const deliveries = env.sandbox.admin.webhookDeliveries().filter((delivery) => delivery.status === 200);
      expect(deliveries.length).toBeGreaterThanOrEqual(2);
    });
    const recorded = await notices(customer.Id);
    expect(recorded).toHaveLength(1);
  });

  it('picks up a change whose webhook was dropped in the next CDC pass', async () => {
    env.sandbox.admin.configureWebhooks({ dropNext: 1 });
    const customer = env.sandbox.user.createCustomer(realmId, {
      DisplayName: 'Dropped Dora',
      Mobile: { FreeFormNumber: '07911 765432' },
    });
    await env.sandbox.admin.flushWebhooks();
    expect(await contactOf(customer.Id)).toBeUndefined();
    const cursorBefore = (await connection()).cdcCursor as Date;

    await scheduleCdcPass(env.app);

    await eventually(async () => expect(await contactOf(customer.Id)).toBeDefined());
    await eventually(async () =>
      expect(((await connection()).cdcCursor as Date).getTime()).toBeGreaterThan(cursorBefore.getTime()),
    );
  });

  it('refreshes an expired access token once for 20 concurrent calls', async () => {
    const found = await connection();
    const ref = { connectionId: found.id, accountId: owner.accountId, realmId };
    const client = env.app.app.get(QuickBooksApiClient);
    const refreshesBefore = env.sandbox.admin.oauthCalls().filter((call) => call.grantType === 'refresh_token').length;
    env.sandbox.admin.expireAccessTokens();

    const counts = await Promise.all(Array.from({ length: 20 }, () => client.count(ref, 'Customer')));

    expect(new Set(counts).size).toBe(1);
    const refreshes = env.sandbox.admin.oauthCalls().filter((call) => call.grantType === 'refresh_token');
    expect(refreshes).toHaveLength(refreshesBefore + 1);
  });

  it('marks the connection needs_reconnect when the refresh token is revoked, and stops its jobs', async () => {
    env.sandbox.admin.revokeConnection(realmId);
    env.sandbox.admin.expireAccessTokens();
    const customer = env.sandbox.user.createCustomer(realmId, { DisplayName: 'After Revoke' });

    const status = await eventually(async () => {
      const shown = await env.app.http().get('/api/v1/integrations/quickbooks').set(owner.auth).expect(200);
      expect(shown.body.status).toBe('needs_reconnect');
      return shown.body;
    });
    expect(status.statusReason).toContain('reconnect');
    expect(status.recentFailures[0]).toMatchObject({ code: 'invalid_grant' });
    const [notice] = await eventually(async () => {
      const found = await notices(customer.Id);
      expect(found[0]?.processedAt).toBeInstanceOf(Date);
      return found;
    });
    expect(notice.outcome).toMatch(/needs reconnecting|not connected/);
    expect(
      await em().count(OutboxMessage, {
        eventName: 'integration.quickbooks-connection-lost.v1',
        accountId: owner.accountId,
      }),
    ).toBe(1);

    const refreshesBefore = env.sandbox.admin.oauthCalls().filter((call) => call.grantType === 'refresh_token').length;
    const later = env.sandbox.user.createCustomer(realmId, { DisplayName: 'Still Revoked' });
    expect(await env.app.app.get(QuickBooksCdcScheduler).scheduleAll()).toBe(0);
    await eventually(async () => {
      const found = await notices(later.Id);
      expect(found[0]?.outcome).toBe('not synced: the connection is not connected');
    });
    expect(env.sandbox.admin.oauthCalls().filter((call) => call.grantType === 'refresh_token')).toHaveLength(
      refreshesBefore,
    );
  });
});
