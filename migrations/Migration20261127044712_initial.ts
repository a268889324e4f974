import { Migration } from '@mikro-orm/migrations';

export class Migration20261127044712_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "platform_accounts" ("id" uuid not null, "name" varchar(200) not null, "country" varchar(2) not null, "timezone" varchar(64) not null, "created_at" timestamptz not null, constraint "platform_accounts_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "platform_api_keys" ("id" uuid not null, "account_id" uuid not null, "name" varchar(100) not null, "secret_hash" varchar(64) not null, "created_by_user_id" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "platform_api_keys_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "platform_api_keys_account_id_index" on "platform_api_keys" ("account_id");`);

    this.addSql(
      `create table "platform_handled_events" ("consumer" varchar(200) not null, "event_id" uuid not null, "handled_at" timestamptz not null, constraint "platform_handled_events_pkey" primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "platform_inbox" ("id" uuid not null, "provider" varchar(50) not null, "dedupe_key" varchar(300) not null, "headers" jsonb not null, "raw_body" text not null, "received_at" timestamptz not null, "status" varchar(20) not null default 'received', "attempts" int not null default 0, "processed_at" timestamptz null, "error" text null, constraint "platform_inbox_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "platform_inbox_pending_idx" on "platform_inbox" ("received_at") where "status" = 'received';`,
    );
    this.addSql(
      `alter table "platform_inbox" add constraint "platform_inbox_provider_dedupe_key_unique" unique ("provider", "dedupe_key");`,
    );

    this.addSql(
      `create table "platform_outbox" ("id" uuid not null, "event_name" varchar(200) not null, "account_id" uuid null, "payload" jsonb not null, "correlation_id" varchar(100) null, "occurred_at" timestamptz not null, "published_at" timestamptz null, constraint "platform_outbox_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "platform_outbox_unpublished_idx" on "platform_outbox" ("occurred_at", "id") where "published_at" is null;`,
    );

    this.addSql(
      `create table "platform_users" ("id" uuid not null, "account_id" uuid not null, "email" varchar(320) not null, "name" varchar(200) null, "password_hash" varchar(200) not null, "role" varchar(10) not null, "created_at" timestamptz not null, constraint "platform_users_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "platform_users_account_id_index" on "platform_users" ("account_id");`);
    this.addSql(`alter table "platform_users" add constraint "platform_users_email_unique" unique ("email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "platform_accounts" cascade;`);

    this.addSql(`drop table if exists "platform_api_keys" cascade;`);

    this.addSql(`drop table if exists "platform_handled_events" cascade;`);

    this.addSql(`drop table if exists "platform_inbox" cascade;`);

    this.addSql(`drop table if exists "platform_outbox" cascade;`);

    this.addSql(`drop table if exists "platform_users" cascade;`);
  }
}
