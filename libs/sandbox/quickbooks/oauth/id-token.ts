import { createHmac } from 'node:crypto';

const ISSUER = 'https://oauth.platform.intuit.com/op/v1';

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * An OpenID Connect id_token with the claims Intuit puts in it. Signed HS256 with the client
 * secret: intuit-oauth can decode it, but its validateIdToken always fetches Intuit's real JWKS.
 */
export function idToken(params: { clientId: string; clientSecret: string; subject: string; realmId: string }): string {
  const now = Math.floor(Date.now() / 1000);
  const header = encode({ alg: 'HS256', typ: 'JWT', kid: 'sandbox' });
  const payload = encode({
    iss: ISSUER,
    aud: [params.clientId],
    sub: params.subject,
    realmid: params.realmId,
    auth_time: now,
    iat: now,
    exp: now + 3600,
  });
  const signature = createHmac('sha256', params.clientSecret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
