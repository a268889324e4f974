import { Migration } from '@mikro-orm/migrations';

/**
 * An API key now dies with its creator. Keys whose creator was removed before that rule (and
 * could still act as an admin) are revoked, so the list of keys says what the strategy enforces.
 * Data only: no schema changes, so it was written by hand.
 */
export class Migration20261201155341_revoke_orphan_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "platform_api_keys" as "key" set "revoked_at" = now()
      where "revoked_at" is null
      and not exists (select 1 from "platform_users" as "user" where "user"."id" = "key"."created_by_user_id");`);
  }

  override async down(): Promise<void> {
    // Revoked keys stay revoked: reviving a removed user's key would undo a security fix.
  }
}
