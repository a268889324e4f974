import type { SandboxContext } from '../sandbox-context';

/** Ends a connection and tells the platform with `account.application.deauthorized`. */
export function disconnect(ctx: SandboxContext, accountId: string): void {
  const record = ctx.accounts.get(accountId);
  if (!record || record.platform || !record.connected) return;
  record.connected = false;
  ctx.oauth.disconnect(accountId);
  ctx.events.emit(accountId, 'account.application.deauthorized', {
    id: ctx.options.clientId,
    object: 'application',
    name: ctx.options.platformName,
  });
}
