import { MalformedWebhookError, type QuickBooksWebhookParseResult } from './quickbooks-change-notice';
import { readCloudEvents } from './quickbooks-cloudevents.reader';
import { readLegacyNotifications } from './quickbooks-legacy-notifications.reader';
import { isJsonObject } from './webhook-json';

/**
 * Reads a QuickBooks webhook body in either format into change notices:
 * - CloudEvents: a JSON array of events (application/cloudevents-batch+json), or one event object
 *   (application/cloudevents+json, recognised by its `specversion`);
 * - legacy: `{"eventNotifications": [...]}`.
 * A body that is not JSON or neither shape throws MalformedWebhookError; single entries that
 * cannot be read (no realm, no id, unknown type) are returned in `rejected` and the rest are read.
 * An empty array is a valid, empty delivery.
 */
export function parseQuickBooksWebhook(rawBody: string | Buffer): QuickBooksWebhookParseResult {
  const text = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new MalformedWebhookError('the body is not JSON');
  }
  if (Array.isArray(body)) return { format: 'cloudevents', ...readCloudEvents(body) };
  if (isJsonObject(body) && Array.isArray(body.eventNotifications)) {
    return { format: 'legacy', ...readLegacyNotifications(body.eventNotifications) };
  }
  if (isJsonObject(body) && 'specversion' in body) return { format: 'cloudevents', ...readCloudEvents([body]) };
  throw new MalformedWebhookError('neither a CloudEvents array or event nor {"eventNotifications": [...]}');
}
