import { MalformedWebhookError } from './quickbooks-change-notice';
import { parseQuickBooksWebhook } from './quickbooks-webhook.parser';

const cloudEvent = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  specversion: '1.0',
  id: 'evt-1',
  source: 'intuit.abc',
  type: 'qbo.invoice.updated.v1',
  datacontenttype: 'application/json',
  time: '2026-03-05T10:00:00Z',
  intuitentityid: '130',
  intuitaccountid: '9130355',
  data: {},
  ...overrides,
});

const legacy = (entities: unknown[], realmId: unknown = '9130355'): string =>
  JSON.stringify({ eventNotifications: [{ realmId, dataChangeEvent: { entities } }] });

describe('parseQuickBooksWebhook: CloudEvents', () => {
  it('reads the documented array', () => {
    const result = parseQuickBooksWebhook(JSON.stringify([cloudEvent()]));
    expect(result).toEqual({
      format: 'cloudevents',
      notices: [
        {
          eventKey: 'evt-1',
          realmId: '9130355',
          entity: 'Invoice',
          entityId: '130',
          operation: 'updated',
          occurredAt: '2026-03-05T10:00:00.000Z',
        },
      ],
      rejected: [],
    });
  });

  it('reads a single event object (application/cloudevents+json) and a Buffer body', () => {
    const result = parseQuickBooksWebhook(Buffer.from(JSON.stringify(cloudEvent({ type: 'qbo.customer.created.v1' }))));
    expect(result.notices).toEqual([expect.objectContaining({ entity: 'Customer', operation: 'created' })]);
  });

  it('reads a batch of 100 events in order', () => {
    const operations = ['created', 'updated', 'deleted', 'voided', 'merged', 'emailed'];
    const events = Array.from({ length: 100 }, (_, index) =>
      cloudEvent({
        id: `evt-${index}`,
        intuitentityid: String(index + 1),
        type: `qbo.${index % 2 ? 'payment' : 'invoice'}.${operations[index % operations.length]}.v1`,
      }),
    );
    const { notices, rejected } = parseQuickBooksWebhook(JSON.stringify(events));
    expect(rejected).toEqual([]);
    expect(notices).toHaveLength(100);
    expect(notices.map((notice) => notice.eventKey)).toEqual(events.map((event) => event.id));
    expect(notices[5]).toMatchObject({ entity: 'Payment', entityId: '6', operation: 'emailed' });
  });

  it('restores the entity name case and lower-cases unknown operations', () => {
    const { notices } = parseQuickBooksWebhook(
      JSON.stringify([
        cloudEvent({ type: 'qbo.INVOICE.Updated.v1' }),
        cloudEvent({ type: 'qbo.salesreceipt.created.v1' }),
        cloudEvent({ type: 'qbo.widget.archived.v2' }),
      ]),
    );
    expect(notices.map(({ entity, operation }) => `${entity}.${operation}`)).toEqual([
      'Invoice.updated',
      'SalesReceipt.created',
      'Widget.archived',
    ]);
  });

  it('rejects entries without id, realm, entity id or a qbo type, and reads the rest', () => {
    const { notices, rejected } = parseQuickBooksWebhook(
      JSON.stringify([
        cloudEvent({ id: 'ok' }),
        cloudEvent({ id: 'no-realm', intuitaccountid: undefined }),
        cloudEvent({ id: 'blank-entity', intuitentityid: '  ' }),
        cloudEvent({ id: undefined }),
        cloudEvent({ id: 'bad-type', type: 'com.example.thing' }),
        'not an event',
      ]),
    );
    expect(notices.map((notice) => notice.eventKey)).toEqual(['ok']);
    expect(rejected).toEqual([
      { position: '[1]', eventId: 'no-realm', reason: expect.stringContaining('intuitaccountid') },
      { position: '[2]', eventId: 'blank-entity', reason: expect.stringContaining('intuitentityid') },
      { position: '[3]', reason: 'no id' },
      { position: '[4]', eventId: 'bad-type', reason: expect.stringContaining('com.example.thing') },
      { position: '[5]', reason: 'not a JSON object' },
    ]);
  });

  it('keeps the id of a retried event as its key, and gives null for a missing or bad time', () => {
    const body = JSON.stringify([cloudEvent({ time: undefined }), cloudEvent({ time: 'yesterday' })]);
    const { notices } = parseQuickBooksWebhook(body);
    expect(notices.map((notice) => [notice.eventKey, notice.occurredAt])).toEqual([
      ['evt-1', null],
      ['evt-1', null],
    ]);
  });

  it('accepts an empty delivery', () => {
    expect(parseQuickBooksWebhook('[]')).toEqual({ format: 'cloudevents', notices: [], rejected: [] });
  });
});

describe('parseQuickBooksWebhook: legacy eventNotifications', () => {
  const documented = {
    name: 'Invoice',
    id: '130',
    operation: 'Create',
    lastUpdated: '2025-10-05T14:42:19-0700',
  };

  it('reads the documented payload, normalising the -0700 offset', () => {
    const { format, notices, rejected } = parseQuickBooksWebhook(legacy([documented]));
    expect(format).toBe('legacy');
    expect(rejected).toEqual([]);
    expect(notices).toEqual([
      {
        eventKey: expect.stringMatching(/^legacy:[0-9a-f]{64}$/),
        realmId: '9130355',
        entity: 'Invoice',
        entityId: '130',
        operation: 'created',
        occurredAt: '2025-10-05T21:42:19.000Z',
      },
    ]);
  });

  it('maps every legacy verb', () => {
    const verbs = ['Create', 'Update', 'Delete', 'Merge', 'Void', 'Emailed', 'Archive'];
    const { notices } = parseQuickBooksWebhook(legacy(verbs.map((operation) => ({ ...documented, operation }))));
    expect(notices.map((notice) => notice.operation)).toEqual([
      'created',
      'updated',
      'deleted',
      'merged',
      'voided',
      'emailed',
      'archive',
    ]);
  });

  it('reads a merge with the surviving and the deleted id', () => {
    const { notices } = parseQuickBooksWebhook(
      legacy([
        { name: 'Customer', id: '58', operation: 'Merge', lastUpdated: '2025-10-05T14:42:19-0700', deletedId: '61' },
      ]),
    );
    expect(notices[0]).toMatchObject({
      entity: 'Customer',
      entityId: '58',
      operation: 'merged',
      mergedIntoId: '58',
      deletedId: '61',
    });
  });

  it('gives the same key to the same change delivered twice, and different keys to different changes', () => {
    const first = parseQuickBooksWebhook(legacy([documented])).notices[0].eventKey;
    const again = parseQuickBooksWebhook(legacy([{ ...documented, name: 'invoice', operation: 'create' }])).notices[0];
    const sameInstant = parseQuickBooksWebhook(legacy([{ ...documented, lastUpdated: '2025-10-05T21:42:19Z' }]));
    const later = parseQuickBooksWebhook(legacy([{ ...documented, lastUpdated: '2025-10-05T14:42:20-0700' }]));
    const otherRealm = parseQuickBooksWebhook(legacy([documented], '999'));
    const update = parseQuickBooksWebhook(legacy([{ ...documented, operation: 'Update' }]));
    expect(again.eventKey).toBe(first);
    expect(again.entity).toBe('Invoice');
    expect(sameInstant.notices[0].eventKey).toBe(first);
    for (const other of [later, otherRealm, update]) expect(other.notices[0].eventKey).not.toBe(first);
  });

  it('reads batches over several companies', () => {
    const body = JSON.stringify({
      eventNotifications: [
        {
          realmId: 'A',
          dataChangeEvent: { entities: Array.from({ length: 60 }, (_, i) => ({ ...documented, id: String(i) })) },
        },
        {
          realmId: 'B',
          dataChangeEvent: { entities: Array.from({ length: 40 }, (_, i) => ({ ...documented, id: String(i) })) },
        },
      ],
    });
    const { notices } = parseQuickBooksWebhook(body);
    expect(notices).toHaveLength(100);
    expect(new Set(notices.map((notice) => notice.eventKey)).size).toBe(100);
    expect(notices.filter((notice) => notice.realmId === 'B')).toHaveLength(40);
  });

  it('rejects notifications without a realm and entries without an id, and reads the rest', () => {
    const body = JSON.stringify({
      eventNotifications: [
        { dataChangeEvent: { entities: [documented] } },
        { realmId: '1', dataChangeEvent: {} },
        { realmId: '2', dataChangeEvent: { entities: [{ ...documented, id: undefined }, documented, 7] } },
      ],
    });
    const { notices, rejected } = parseQuickBooksWebhook(body);
    expect(notices).toEqual([expect.objectContaining({ realmId: '2', entityId: '130' })]);
    expect(rejected).toEqual([
      { position: 'eventNotifications[0]', reason: 'no realmId' },
      { position: 'eventNotifications[1]', reason: 'no dataChangeEvent.entities' },
      { position: 'eventNotifications[2].dataChangeEvent.entities[0]', reason: 'no id' },
      { position: 'eventNotifications[2].dataChangeEvent.entities[2]', reason: 'not a JSON object' },
    ]);
  });
});

describe('parseQuickBooksWebhook: malformed bodies', () => {
  it.each([
    ['empty', ''],
    ['not JSON', '{"eventNotifications": ['],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"hello"'],
    ['another object', '{"events": []}'],
    ['eventNotifications not an array', '{"eventNotifications": {}}'],
  ])('throws MalformedWebhookError for %s', (_label, body) => {
    expect(() => parseQuickBooksWebhook(body)).toThrow(MalformedWebhookError);
  });
});

describe('parseQuickBooksWebhook: entries that cannot be stored', () => {
  it('rejects only the entries with an overlong or control-character field, and reads the rest', () => {
    const body = JSON.stringify([
      cloudEvent({ id: 'good-1' }),
      cloudEvent({ id: 'nul-id', intuitentityid: '13\u00000' }),
      cloudEvent({ id: 'long-entity', type: `qbo.${'x'.repeat(65)}.updated.v1` }),
      cloudEvent({ id: 'long-id', intuitentityid: '1'.repeat(65) }),
      cloudEvent({ id: 'long-realm', intuitaccountid: '9'.repeat(33) }),
      cloudEvent({ id: 'bad\u0007event' }),
      cloudEvent({ id: 'good-2' }),
    ]);
    const { notices, rejected } = parseQuickBooksWebhook(body);
    expect(notices.map((notice) => notice.eventKey)).toEqual(['good-1', 'good-2']);
    expect(rejected.map((entry) => entry.position)).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]']);
    expect(rejected[0].reason).toContain('entity id');
    expect(rejected[1].reason).toContain('longer than 64');
  });

  it('rejects a legacy entry with a NUL byte in its id or an entity name that is not one', () => {
    const entry = { name: 'Customer', id: '7', operation: 'Update', lastUpdated: '2026-03-05T10:00:00.000Z' };
    const { notices, rejected } = parseQuickBooksWebhook(
      legacy([entry, { ...entry, id: '7\u0000' }, { ...entry, name: 'Cust omer' }]),
    );
    expect(notices).toHaveLength(1);
    expect(rejected).toEqual([
      { position: 'eventNotifications[0].dataChangeEvent.entities[1]', reason: expect.stringContaining('entity id') },
      { position: 'eventNotifications[0].dataChangeEvent.entities[2]', reason: expect.stringContaining('entity name') },
    ]);
  });
});
