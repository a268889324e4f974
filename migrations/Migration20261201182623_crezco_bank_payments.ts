import { Migration } from '@mikro-orm/migrations';

export class Migration20261201182623_crezco_bank_payments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "payments_crezco_connections" ("id" uuid not null, "account_id" uuid not null, "crezco_user_id" varchar(64) not null, "status" varchar(20) not null, "display_name" varchar(200) null, "connected_by_user_id" uuid not null, "connected_at" timestamptz not null, "disconnected_at" timestamptz null, "updated_at" timestamptz not null, constraint "payments_crezco_connections_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "payments_crezco_connections" add constraint "payments_crezco_connections_account_unique" unique ("account_id");`,
    );

    this.addSql(
      `create table "payments_crezco_states" ("id" varchar(64) not null, "account_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "payments_crezco_states_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "payments_attempts" add column "crezco_user_id" varchar(64) null, add column "next_check_at" timestamptz null, add column "checks" int not null default 0;`,
    );
    this.addSql(
      `alter table "payments_attempts" alter column "stripe_account_id" type varchar(64) using ("stripe_account_id"::varchar(64));`,
    );
    this.addSql(`alter table "payments_attempts" alter column "stripe_account_id" drop not null;`);
    this.addSql(`create index "payments_attempts_session_idx" on "payments_attempts" ("provider_session_id");`);
    this.addSql(`create index "payments_attempts_next_check_idx" on "payments_attempts" ("next_check_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payments_crezco_connections" cascade;`);

    this.addSql(`drop table if exists "payments_crezco_states" cascade;`);

    this.addSql(`drop index "payments_attempts_session_idx";`);
    this.addSql(`drop index "payments_attempts_next_check_idx";`);
    this.addSql(
      `alter table "payments_attempts" drop column "crezco_user_id", drop column "next_check_at", drop column "checks";`,
    );

    this.addSql(
      `alter table "payments_attempts" alter column "stripe_account_id" type varchar(64) using ("stripe_account_id"::varchar(64));`,
    );
    this.addSql(`alter table "payments_attempts" alter column "stripe_account_id" set not null;`);
  }
}
