import { Migration } from '@mikro-orm/migrations';

export class Migration20261201175814_workflows extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "workflows_invoice_workflows" ("invoice_id" uuid not null, "account_id" uuid not null, "contact_id" uuid not null, "due_date" date null, "workflow_id" uuid null, "workflow_name" varchar(100) null, "steps" jsonb not null, "attachment_id" uuid not null, "paid_at" timestamptz null, "removed_at" timestamptz null, "attached_at" timestamptz not null, "updated_at" timestamptz not null, constraint "workflows_invoice_workflows_pkey" primary key ("invoice_id"));`,
    );
    this.addSql(
      `create index "workflows_invoice_workflows_account_id_index" on "workflows_invoice_workflows" ("account_id");`,
    );
    this.addSql(
      `create index "workflows_invoice_workflows_contact_idx" on "workflows_invoice_workflows" ("account_id", "contact_id");`,
    );

    this.addSql(
      `create table "workflows_occurrences" ("id" uuid not null, "account_id" uuid not null, "invoice_id" uuid not null, "attachment_id" uuid not null, "step_id" uuid not null, "kind" varchar(20) not null, "occurrence_index" int not null, "due_at" timestamptz not null, "state" varchar(20) not null, "reason" varchar(40) null, "message_id" uuid null, "sent_text" text null, "sent_at" timestamptz null, "attempts" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "workflows_occurrences_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "workflows_occurrences_claim_idx" on "workflows_occurrences" ("state", "due_at");`);
    this.addSql(
      `create index "workflows_occurrences_invoice_idx" on "workflows_occurrences" ("account_id", "invoice_id");`,
    );
    this.addSql(
      `create unique index "workflows_occurrences_one_thank_you" on "workflows_occurrences" ("invoice_id") where "kind" = 'thank_you';`,
    );

    this.addSql(
      `create table "workflows_workflows" ("id" uuid not null, "account_id" uuid not null, "name" varchar(100) not null, "steps" jsonb not null, "is_default" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "workflows_workflows_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "workflows_workflows_account_idx" on "workflows_workflows" ("account_id", "created_at");`,
    );
    this.addSql(
      `create unique index "workflows_workflows_one_default_per_account" on "workflows_workflows" ("account_id") where "is_default";`,
    );

    this.addSql(
      `create table "workflows_settings" ("account_id" uuid not null, "opens_at" varchar(5) not null, "closes_at" varchar(5) not null, "excluded_days" jsonb not null, "updated_at" timestamptz not null, constraint "workflows_settings_pkey" primary key ("account_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "workflows_invoice_workflows" cascade;`);

    this.addSql(`drop table if exists "workflows_occurrences" cascade;`);

    this.addSql(`drop table if exists "workflows_workflows" cascade;`);

    this.addSql(`drop table if exists "workflows_settings" cascade;`);
  }
}
