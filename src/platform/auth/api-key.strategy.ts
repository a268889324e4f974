import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { ApiKey, parseApiKey } from '../accounts/domain/api-key';
import { User } from '../accounts/domain/user';
import { AccountScope } from '../database/account-scope';
import type { Principal } from '../tenancy/principal';

const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * `X-API-Key: stl_…`. A key acts for its creator, with the creator's rights as they are now
 * (capped at admin, see ApiKey.actsAs): demoting the creator lowers the key, and once the creator
 * is removed the key fails.
 */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly scope: AccountScope) {
    super();
  }

  async validate(request: Request): Promise<Principal | false> {
    const header = request.header('x-api-key');
    const parsed = header ? parseApiKey(header) : undefined;
    if (!parsed) return false;
    const found = await this.scope.acrossAccounts(async (em) => {
      const key = await em.findOne(ApiKey, { id: parsed.keyId }, { filters: false });
      if (!key || !key.matches(parsed.secret)) return null;
      const creator = await em.findOne(User, { id: key.createdByUserId, accountId: key.accountId }, { filters: false });
      if (!creator) return null;
      await noteUse(em, key);
      return { key, creator };
    });
    if (!found) return false;
    const { key, creator } = found;
    return {
      accountId: key.accountId,
      userId: creator.id,
      role: key.actsAs(creator.role),
      via: 'api-key',
      apiKeyId: key.id,
    };
  }
}

async function noteUse(em: EntityManager, key: ApiKey): Promise<void> {
  const now = Date.now();
  if (key.lastUsedAt && now - key.lastUsedAt.getTime() < LAST_USED_GRANULARITY_MS) return;
  await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: new Date(now) }, { filters: false });
}
