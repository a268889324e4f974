import { randomUUID } from 'node:crypto';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import type { CrezcoPayDemand, CrezcoPayDemandRequest } from '../../../crezco';
import type { CrezcoSandbox } from '../crezco-sandbox';

/** An axios client as Settle's will be: base URL, X-Crezco-Key, JSON; every status answered, none thrown. */
export function crezcoClient(sandbox: CrezcoSandbox, apiKey = sandbox.apiKey): AxiosInstance {
  return axios.create({
    baseURL: sandbox.baseUrl,
    headers: { 'X-Crezco-Key': apiKey, Accept: 'application/json', 'Content-Type': 'application/json' },
    validateStatus: () => true,
  });
}

/** A browser-ish client for the HTML pages: forms as urlencoded, redirects not followed. */
export function pageClient(sandbox: CrezcoSandbox): AxiosInstance {
  return axios.create({ baseURL: sandbox.baseUrl, maxRedirects: 0, validateStatus: () => true, responseType: 'text' });
}

export function submitForm(
  client: AxiosInstance,
  path: string,
  fields: Record<string, string>,
): Promise<AxiosResponse<string>> {
  return client.post<string>(path, new URLSearchParams(fields).toString(), {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

export function payDemandBody(
  request: Partial<CrezcoPayDemandRequest['request']> = {},
  idempotencyId: string = randomUUID(),
): CrezcoPayDemandRequest {
  return {
    request: {
      currency: 'GBP',
      amount: '42.42',
      reference: 'INV-00042',
      useDefaultBeneficiaryAccount: true,
      dueDate: '2026-12-01',
      metadata: { settleAttemptId: 'att-1', accountId: 'acc-1' },
      ...request,
    },
    idempotencyId,
  };
}

/** A user and one pay demand on them, through the API. */
export async function createPayDemand(
  sandbox: CrezcoSandbox,
  request: Partial<CrezcoPayDemandRequest['request']> = {},
): Promise<{ userId: string; demand: CrezcoPayDemand }> {
  const user = sandbox.admin.createUser();
  const response = await crezcoClient(sandbox).post<CrezcoPayDemand>(
    `/v1/users/${user.id}/pay-demands`,
    payDemandBody(request),
  );
  if (response.status !== 201)
    throw new Error(`Pay demand not made: ${response.status} ${JSON.stringify(response.data)}`);
  return { userId: user.id, demand: response.data };
}

/** The path and query of an absolute URL the sandbox gave out. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
