import { Migration } from '@mikro-orm/migrations';

export class Migration20261127051803_integration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "integration_oauth_states" ("id" varchar(64) not null, "account_id" uuid not null, "user_id" uuid not null, "replace_company" boolean not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "integration_oauth_states_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "integration_quickbooks_change_notices" ("event_key" varchar(200) not null, "account_id" uuid null, "realm_id" varchar(32) not null, "entity" varchar(64) not null, "entity_id" varchar(64) not null, "operation" varchar(32) not null, "occurred_at" timestamptz null, "received_at" timestamptz not null, "outcome" text null, "processed_at" timestamptz null, constraint "integration_quickbooks_change_notices_pkey" primary key ("event_key"));`,
    );
    this.addSql(
      `create index "integration_qbo_notices_entity_idx" on "integration_quickbooks_change_notices" ("realm_id", "entity", "entity_id");`,
    );

    this.addSql(
      `create table "integration_quickbooks_connections" ("id" uuid not null, "account_id" uuid not null, "realm_id" varchar(32) not null, "company_name" varchar(300) not null, "company_country" varchar(8) null, "home_currency" varchar(3) not null, "undeposited_funds_account_id" varchar(32) null, "status" varchar(20) not null, "status_reason" text null, "access_token" text null, "refresh_token" text null, "access_token_expires_at" timestamptz null, "refresh_token_expires_at" timestamptz null, "refresh_token_hard_expires_at" timestamptz null, "connected_at" timestamptz not null, "connected_by_user_id" uuid not null, "disconnected_at" timestamptz null, "last_webhook_at" timestamptz null, "cdc_cursor" timestamptz null, "last_cdc_pass_at" timestamptz null, "last_sync_at" timestamptz null, "recent_failures" jsonb not null, constraint "integration_quickbooks_connections_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "integration_quickbooks_connections_account_id_index" on "integration_quickbooks_connections" ("account_id");`,
    );
    this.addSql(
      `alter table "integration_quickbooks_connections" add constraint "integration_quickbooks_connections_account_unique" unique ("account_id");`,
    );
    this.addSql(
      `create unique index "integration_qbo_connections_live_realm_unique" on "integration_quickbooks_connections" ("realm_id") where "status" <> 'disconnected';`,
    );

    this.addSql(
      `create table "integration_quickbooks_imports" ("id" uuid not null, "account_id" uuid not null, "kind" varchar(20) not null, "year" int null, "status" varchar(20) not null, "phase" varchar(20) not null, "totals" jsonb not null, "pages" jsonb not null, "error" text null, "requested_by_user_id" uuid not null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "integration_quickbooks_imports_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "integration_quickbooks_imports_account_id_index" on "integration_quickbooks_imports" ("account_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "integration_oauth_states" cascade;`);

    this.addSql(`drop table if exists "integration_quickbooks_change_notices" cascade;`);

    this.addSql(`drop table if exists "integration_quickbooks_connections" cascade;`);

    this.addSql(`drop table if exists "integration_quickbooks_imports" cascade;`);
  }
}
