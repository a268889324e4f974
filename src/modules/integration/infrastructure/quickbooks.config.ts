import { registerAs } from '@nestjs/config';
import { validateEnvironment } from '../../../platform/config/environment';

const INTUIT = {
  authorizeUrl: 'https://appcenter.intuit.com/connect/oauth2',
  tokenUrl: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
  revokeUrl: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke',
  userInfoUrl: {
    production: 'https://accounts.platform.intuit.com/v1/openid_connect/userinfo',
    sandbox: 'https://sandbox-accounts.platform.intuit.com/v1/openid_connect/userinfo',
  },
  apiBaseUrl: {
    production: 'https://quickbooks.api.intuit.com',
    sandbox: 'https://sandbox-quickbooks.api.intuit.com',
  },
};

export const CALLBACK_PATH = '/api/v1/integrations/quickbooks/callback';

/** The QuickBooks app Settle talks to: Intuit's by default, any compatible endpoint by override. */
export const quickbooksConfig = registerAs('quickbooks', () => {
  const e = validateEnvironment(process.env);
  const environment = e.QBO_ENVIRONMENT;
  return {
    clientId: e.QBO_CLIENT_ID ?? '',
    clientSecret: e.QBO_CLIENT_SECRET ?? '',
    verifierToken: e.QBO_WEBHOOK_VERIFIER_TOKEN ?? '',
    configured: Boolean(e.QBO_CLIENT_ID),
    environment,
    redirectUri: e.QBO_REDIRECT_URI ?? `${e.PUBLIC_URL.replace(/\/$/, '')}${CALLBACK_PATH}`,
    apiBaseUrl: (e.QBO_API_BASE_URL ?? INTUIT.apiBaseUrl[environment]).replace(/\/$/, ''),
    authorizeUrl: e.QBO_AUTHORIZE_URL ?? INTUIT.authorizeUrl,
    tokenUrl: e.QBO_TOKEN_URL ?? INTUIT.tokenUrl,
    revokeUrl: e.QBO_REVOKE_URL ?? INTUIT.revokeUrl,
    userInfoUrl: e.QBO_USERINFO_URL ?? INTUIT.userInfoUrl[environment],
    minorVersion: e.QBO_MINOR_VERSION,
    requestsPerMinute: e.QBO_REQUESTS_PER_MINUTE,
    concurrentRequests: e.QBO_CONCURRENT_REQUESTS,
    retryBaseMs: e.QBO_RETRY_BASE_MS,
    throttleRetryMs: e.QBO_THROTTLE_RETRY_MS,
    maxAttempts: e.QBO_MAX_ATTEMPTS,
    cdcIntervalSeconds: e.QBO_CDC_INTERVAL_SECONDS,
  };
});

export type QuickBooksConfig = ReturnType<typeof quickbooksConfig>;
