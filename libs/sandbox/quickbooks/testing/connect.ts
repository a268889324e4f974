import axios from 'axios';
import OAuthClient from 'intuit-oauth';
import type { QuickBooksSandbox } from '../quickbooks-sandbox';

export const REDIRECT_URI = 'http://localhost:3000/integrations/quickbooks/callback';
export const ACCOUNTING_SCOPES = ['com.intuit.quickbooks.accounting', 'openid', 'profile', 'email'];

/** An intuit-oauth client pointed at the sandbox, the way Settle configures it. */
export function sandboxOAuthClient(
  sandbox: QuickBooksSandbox,
  options: { includeHardExpiry?: boolean } = {},
): OAuthClient {
  const client = new OAuthClient({
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    environment: 'sandbox',
    redirectUri: REDIRECT_URI,
    includeRefreshTokenHardExpiresIn: options.includeHardExpiry,
  });
  client.setAuthorizeURLs({
    authorizeEndpoint: sandbox.authorizeUrl,
    tokenEndpoint: sandbox.tokenUrl,
    revokeEndpoint: sandbox.revokeUrl,
    userInfoEndpoint: sandbox.userInfoUrl,
  });
  return client;
}

/** Follows the consent page's approve link and returns the redirect the browser would land on. */
export async function approveConsent(authorizeUri: string, realmId?: string): Promise<URL> {
  const url = new URL(authorizeUri);
  url.searchParams.set('approve', '1');
  if (realmId) url.searchParams.set('realmId', realmId);
  const response = await axios.get(url.toString(), { maxRedirects: 0, validateStatus: (s) => s === 302 });
  return new URL(String(response.headers.location));
}

export interface Connection {
  client: OAuthClient;
  realmId: string;
  accessToken: string;
  refreshToken: string;
}

/** Runs the whole OAuth dance with intuit-oauth and returns the connected client. */
export async function connect(
  sandbox: QuickBooksSandbox,
  realmId?: string,
  scope = ACCOUNTING_SCOPES,
): Promise<Connection> {
  const client = sandboxOAuthClient(sandbox);
  const landing = await approveConsent(client.authorizeUri({ scope, state: 'test-state' }), realmId);
  await client.createToken(landing.toString());
  const token = client.getToken();
  return { client, realmId: token.realmId, accessToken: token.access_token, refreshToken: token.refresh_token };
}

/** An axios instance for the Accounting API of one company, as Settle's adapter builds it. */
export function accountingApi(sandbox: QuickBooksSandbox, connection: Pick<Connection, 'realmId' | 'accessToken'>) {
  return axios.create({
    baseURL: `${sandbox.apiBaseUrl}/v3/company/${connection.realmId}`,
    headers: { Authorization: `Bearer ${connection.accessToken}`, Accept: 'application/json' },
    params: { minorversion: 75 },
    validateStatus: () => true,
  });
}
