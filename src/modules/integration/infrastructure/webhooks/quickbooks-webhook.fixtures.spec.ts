import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuickBooksWebhook } from './quickbooks-webhook.parser';

/** Intuit's own sample payloads, kept unchanged in libs/sandbox/quickbooks/fixtures (see its README). */
const fixture = (name: string): string =>
  readFileSync(join(__dirname, '../../../../../libs/sandbox/quickbooks/fixtures', name), 'utf8');

describe('parseQuickBooksWebhook on Intuit sample payloads', () => {
  it('reads the CloudEvents sample (nanosecond time)', () => {
    expect(parseQuickBooksWebhook(fixture('webhook-cloudevents.json'))).toEqual({
      format: 'cloudevents',
      notices: [
        {
          eventKey: '88cd52aa-33b6-4351-9aa4-47572edbd068',
          realmId: '310687',
          entity: 'Account',
          entityId: '1234',
          operation: 'created',
          occurredAt: '2025-09-10T21:31:25.179Z',
        },
      ],
      rejected: [],
    });
  });

  it('reads the CloudEvents merge sample with data.deletedid', () => {
    const { notices } = parseQuickBooksWebhook(fixture('webhook-cloudevents-merged.json'));
    expect(notices).toEqual([
      expect.objectContaining({
        entity: 'Customer',
        entityId: '123',
        operation: 'merged',
        mergedIntoId: '123',
        deletedId: '27',
        occurredAt: '2025-12-04T15:25:05.000Z',
      }),
    ]);
  });

  it('reads the legacy sample (lastUpdated with Z and milliseconds)', () => {
    const { format, notices } = parseQuickBooksWebhook(fixture('webhook-legacy.json'));
    expect(format).toBe('legacy');
    expect(notices).toEqual([
      expect.objectContaining({
        realmId: '310687',
        entity: 'Account',
        entityId: '1234',
        operation: 'created',
        occurredAt: '2025-09-08T20:52:31.657Z',
      }),
    ]);
  });
});
