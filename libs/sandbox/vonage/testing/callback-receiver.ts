import type { IncomingHttpHeaders } from 'node:http';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
} from '../../common/testing/webhook-receiver';

export interface ReceivedCallback extends ReceivedWebhook {
  /** The fields, from the query string (GET), the form body or the JSON body. */
  params: Record<string, string>;
}

export interface CallbackReceiver extends WebhookReceiver<ReceivedCallback> {
  /** The callbacks received on one path (`url` is the base; add a path to tell callbacks apart). */
  on(path: string): ReceivedCallback[];
}

function paramsOf(method: string, url: URL, headers: IncomingHttpHeaders, rawBody: string): Record<string, string> {
  if (method === 'GET') return Object.fromEntries(url.searchParams);
  if ((headers['content-type'] ?? '').startsWith('application/json'))
    return JSON.parse(rawBody) as Record<string, string>;
  return Object.fromEntries(new URLSearchParams(rawBody));
}

/** The shared test receiver, also reading each callback's fields (Vonage sends GET, form or JSON). */
export async function startCallbackReceiver(): Promise<CallbackReceiver> {
  const receiver = await startWebhookReceiver('', (request, url) => ({
    ...request,
    params: paramsOf(request.method, url, request.headers, request.rawBody),
  }));
  return { ...receiver, on: (path) => receiver.received.filter((callback) => callback.path === path) };
}
