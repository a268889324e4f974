import { createHmac } from 'node:crypto';
import type { AxiosInstance } from 'axios';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../index';
import { companyFixture } from '../testing/company-fixture';
import { accountingApi, connect } from '../testing/connect';
import { waitFor } from '../../../testing';
import { startWebhookReceiver, type WebhookReceiver } from '../../common/testing/webhook-receiver';

const VERIFIER = 'test-verifier-token';

function expectedSignature(rawBody: string): string {
  return createHmac('sha256', VERIFIER).update(rawBody).digest('base64');
}

describe('QuickBooks sandbox webhooks', () => {
  let sandbox: QuickBooksSandbox;
  let receiver: WebhookReceiver;
  let api: AxiosInstance;

  beforeAll(async () => {
    receiver = await startWebhookReceiver('/webhooks/quickbooks');
    sandbox = await startQuickBooksSandbox({
      companies: [companyFixture({ realmId: '42', invoices: 3 })],
      webhookUrl: receiver.url,
      webhookVerifierToken: VERIFIER,
      webhookBatchDelayMs: 20,
      webhookRetryDelaysMs: [20, 20],
    });
    api = accountingApi(sandbox, await connect(sandbox, '42'));
  });
  afterEach(async () => {
    await sandbox.admin.flushWebhooks();
    receiver.received.length = 0;
    sandbox.admin.clearWebhookDeliveries();
    sandbox.admin.configureWebhooks({ format: 'cloudevents', dropNext: 0, duplicateNext: 0, reorder: false });
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  it('sends one signed CloudEvents batch for the changes of a payment', async () => {
    const payment = (
      await api.post('/payment', {
        CustomerRef: { value: '1' },
        TotalAmt: 10,
        Line: [{ Amount: 10, LinkedTxn: [{ TxnId: '1', TxnType: 'Invoice' }] }],
      })
    ).data.Payment;
    const [delivery] = await waitFor(() => receiver.received.length > 0 && receiver.received);
    expect(delivery.headers['content-type']).toBe('application/cloudevents-batch+json');
    expect(delivery.headers['intuit-signature']).toBe(expectedSignature(delivery.rawBody));
    const events = JSON.parse(delivery.rawBody);
    expect(events.map((e: { type: string; intuitentityid: string }) => [e.type, e.intuitentityid])).toEqual([
      ['qbo.invoice.updated.v1', '1'],
      ['qbo.payment.created.v1', payment.Id],
    ]);
    expect(events[0]).toMatchObject({
      specversion: '1.0',
      id: expect.any(String),
      source: expect.stringMatching(/^intuit\./),
      datacontenttype: 'application/json',
      time: expect.any(String),
      intuitaccountid: '42',
      data: {},
    });
    expect(events[0].id).not.toBe(events[1].id);
  });

  it('sends the legacy eventNotifications format, for user edits too', async () => {
    sandbox.admin.configureWebhooks({ format: 'legacy' });
    sandbox.user.voidInvoice('42', '2');
    const [delivery] = await waitFor(() => receiver.received.length > 0 && receiver.received);
    expect(delivery.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(delivery.headers['intuit-signature']).toBe(expectedSignature(delivery.rawBody));
    expect(JSON.parse(delivery.rawBody)).toEqual({
      eventNotifications: [
        {
          realmId: '42',
          dataChangeEvent: {
            entities: [{ name: 'Invoice', id: '2', operation: 'Void', lastUpdated: expect.any(String) }],
          },
        },
      ],
    });
  });

  it('retries a failed delivery with the same body, keeping event ids', async () => {
    receiver.answerWith(500);
    sandbox.user.createCustomer('42', { DisplayName: 'Retry Me' });
    await waitFor(() => receiver.received.length >= 2 && sandbox.admin.webhookDeliveries().length >= 2);
    const [failed, retried] = receiver.received;
    expect(retried.rawBody).toBe(failed.rawBody);
    const attempts = sandbox.admin.webhookDeliveries().map((d) => [d.attempt, d.status]);
    expect(attempts).toEqual([
      [1, 500],
      [2, 200],
    ]);
  });

  it('puts at most 100 events in one delivery', async () => {
    for (let i = 0; i < 150; i += 1) sandbox.user.createCustomer('42', { DisplayName: `Bulk ${i}` });
    await sandbox.admin.flushWebhooks();
    const sizes = receiver.received.map((d) => JSON.parse(d.rawBody).length);
    expect(sizes).toEqual([100, 50]);
  });

  it('drops, duplicates and reorders deliveries on request', async () => {
    sandbox.admin.configureWebhooks({ dropNext: 1 });
    sandbox.user.createCustomer('42', { DisplayName: 'Lost' });
    await sandbox.admin.flushWebhooks();
    expect(receiver.received).toHaveLength(0);
    expect(sandbox.admin.webhookDeliveries()[0].dropped).toBe(true);

    sandbox.admin.configureWebhooks({ duplicateNext: 1, reorder: true });
    sandbox.user.createCustomer('42', { DisplayName: 'First' });
    sandbox.user.createCustomer('42', { DisplayName: 'Second' });
    await sandbox.admin.flushWebhooks();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1].rawBody).toBe(receiver.received[0].rawBody);
    const ids = JSON.parse(receiver.received[0].rawBody).map((e: { intuitentityid: string }) =>
      Number(e.intuitentityid),
    );
    expect(ids[0]).toBeGreaterThan(ids[1]);
  });

  it('exposes deliveries on the admin endpoint', async () => {
    sandbox.user.createCustomer('42', { DisplayName: 'Seen By Admin' });
    await sandbox.admin.flushWebhooks();
    const response = await fetch(`${sandbox.adminUrl}/webhooks/deliveries`);
    const deliveries = (await response.json()) as { status: number; eventIds: string[] }[];
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: 200, eventIds: [expect.any(String)] });
  });
});

describe('QuickBooks sandbox webhooks after close', () => {
  it('fires nothing once closed', async () => {
    const receiver = await startWebhookReceiver('/webhooks/quickbooks');
    const sandbox = await startQuickBooksSandbox({
      companies: [companyFixture({ realmId: '1' })],
      webhookUrl: receiver.url,
      webhookBatchDelayMs: 30,
    });
    sandbox.user.createCustomer('1', { DisplayName: 'Never Sent' });
    await sandbox.close();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(receiver.received).toHaveLength(0);
    await receiver.close();
  });
});
