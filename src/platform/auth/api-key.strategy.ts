import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { ApiKey, parseApiKey } from '../accounts/domain/api-key';
import { AccountScope } from '../database/account-scope';
import type { Principal } from '../tenancy/principal';

const LAST_USED_GRANULARITY_MS = 60_000;

/** `X-API-Key: stl_…`. A key acts for its account with the admin role. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly scope: AccountScope) {
    super();
  }

  async validate(request: Request): Promise<Principal | false> {
    const header = request.header('x-api-key');
    const parsed = header ? parseApiKey(header) : undefined;
    if (!parsed) return false;
    const key = await this.scope.acrossAccounts(async (em) => {
      const found = await em.findOne(ApiKey, { id: parsed.keyId }, { filters: false });
      if (!found || !found.matches(parsed.secret)) return null;
      await noteUse(em, found);
      return found;
    });
    if (!key) return false;
    return { accountId: key.accountId, userId: key.createdByUserId, role: 'admin', via: 'api-key', apiKeyId: key.id };
  }
}

async function noteUse(em: EntityManager, key: ApiKey): Promise<void> {
  const now = Date.now();
  if (key.lastUsedAt && now - key.lastUsedAt.getTime() < LAST_USED_GRANULARITY_MS) return;
  await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: new Date(now) }, { filters: false });
}
