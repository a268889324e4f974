import type Stripe from 'stripe';
import type { StripeSandbox } from '../stripe-sandbox';

export const REDIRECT_URI = 'https://settle.example/integrations/stripe/callback';

/** The authorize URL Settle builds against the sandbox (stripe.oauth.authorizeUrl cannot: it forces https and no port). */
export function authorizeUrl(sandbox: StripeSandbox, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: sandbox.clientId,
    scope: 'read_write',
    state: 'state-1',
    redirect_uri: REDIRECT_URI,
    ...params,
  });
  return `${sandbox.authorizeUrl}?${query.toString()}`;
}

/** Where the authorize page sent the browser (the Location of its 302). */
export async function decide(url: string, init?: RequestInit): Promise<URL> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  if (response.status !== 302) throw new Error(`Expected a redirect, got ${response.status}: ${await response.text()}`);
  return new URL(String(response.headers.get('location')));
}

/** Connects a new account through the consent page (plain HTTP) and the SDK's token call; returns its id. */
export async function connectAccount(
  sandbox: StripeSandbox,
  stripe: Stripe,
  fields: Record<string, string> = {},
): Promise<string> {
  const landing = await decide(authorizeUrl(sandbox, { approve: '1', ...fields }));
  const code = landing.searchParams.get('code');
  if (!code) throw new Error(`No code in ${landing.toString()}`);
  const token = await stripe.oauth.token({ grant_type: 'authorization_code', code });
  return String(token.stripe_user_id);
}
