import type { Environment } from './environment';

const SECRETS = ['JWT_SECRET', 'ENCRYPTION_KEY'] as const;
const LOOPBACK = '127.0.0.1';

type SecretsAndAddress = Pick<Environment, 'JWT_SECRET' | 'ENCRYPTION_KEY' | 'LISTEN_ADDRESS'>;

/** The secrets left unset, for which Settle falls back to the development values published in its source. */
export function developmentSecretsInUse(env: SecretsAndAddress): string[] {
  return SECRETS.filter((name) => !env[name]);
}

/**
 * Where the API listens: LISTEN_ADDRESS when set; otherwise the loopback address while a development
 * secret is in use (anyone who reads the source can forge a login with it, so only this machine may
 * call), and every interface once both secrets are set.
 */
export function listenAddressOf(env: SecretsAndAddress): string | undefined {
  if (env.LISTEN_ADDRESS) return env.LISTEN_ADDRESS;
  return developmentSecretsInUse(env).length > 0 ? LOOPBACK : undefined;
}

/** The warning Settle logs at start when it runs on development secrets. */
export function developmentSecretsWarning(env: SecretsAndAddress): string | undefined {
  const unset = developmentSecretsInUse(env);
  if (unset.length === 0) return undefined;
  const where = env.LISTEN_ADDRESS
    ? `It listens on ${env.LISTEN_ADDRESS}, as LISTEN_ADDRESS says: anyone who reaches it can forge a login.`
    : `It listens on ${LOOPBACK} only; set LISTEN_ADDRESS to listen elsewhere.`;
  return (
    `DEVELOPMENT SECRETS IN USE: ${unset.join(' and ')} ${unset.length > 1 ? 'are' : 'is'} unset, so Settle uses ` +
    `the development values published in its source (tokens anyone can sign, provider tokens anyone can decrypt). ` +
    `${where} Set ${unset.join(' and ')} (see .env.example) before anyone else can reach Settle.`
  );
}
