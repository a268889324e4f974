import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newId } from '../../../../libs/ids';
import type { UserRole } from '../../tenancy/principal';

const PREFIX = 'stl';

/**
 * An API key: `stl_<key id>_<secret>`. Only a SHA-256 of the secret is stored (the secret has 256
 * random bits, so a slow hash adds nothing); the key is shown once, when it is made. It acts for
 * the user who made it and lives no longer than that user's place in the account.
 */
export class ApiKey {
  id!: string;
  accountId!: string;
  name!: string;
  secretHash!: string;
  createdByUserId!: string;
  createdAt!: Date;
  lastUsedAt: Date | null = null;
  revokedAt: Date | null = null;

  static issue(props: { accountId: string; name: string; createdByUserId: string }): {
    key: ApiKey;
    plaintext: string;
  } {
    const key = new ApiKey();
    key.id = newId();
    key.accountId = props.accountId;
    key.name = props.name.trim();
    key.createdByUserId = props.createdByUserId;
    key.createdAt = new Date();
    const secret = randomBytes(32).toString('base64url');
    key.secretHash = hashSecret(secret);
    return { key, plaintext: `${PREFIX}_${key.id.replace(/-/g, '')}_${secret}` };
  }

  matches(secret: string): boolean {
    const given = Buffer.from(hashSecret(secret), 'hex');
    return this.revokedAt === null && timingSafeEqual(given, Buffer.from(this.secretHash, 'hex'));
  }

  /**
   * The role a request with this key has: its creator's current role, never above admin (a key
   * is a machine's credential; what only an owner may do needs the owner to sign in).
   */
  actsAs(creatorRole: UserRole): UserRole {
    return creatorRole === 'owner' ? 'admin' : creatorRole;
  }

  revoke(): void {
    this.revokedAt ??= new Date();
  }
}

export interface ParsedApiKey {
  keyId: string;
  secret: string;
}

export function parseApiKey(plaintext: string): ParsedApiKey | undefined {
  const match = /^stl_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/.exec(plaintext);
  if (!match) return undefined;
  const hex = match[1];
  const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { keyId, secret: match[2] };
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
