import type { Request } from 'express';

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** Reads HTTP Basic client authentication, the only kind Intuit's token endpoints accept. */
export function basicCredentials(req: Request): ClientCredentials | undefined {
  const header = req.headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
}

export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match?.[1].trim();
}
