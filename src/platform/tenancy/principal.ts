export const USER_ROLES = ['owner', 'admin', 'member'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Who is calling: a user signed in with a JWT, or an API key acting for its account. */
export interface Principal {
  accountId: string;
  userId: string;
  role: UserRole;
  via: 'jwt' | 'api-key';
  apiKeyId?: string;
}
