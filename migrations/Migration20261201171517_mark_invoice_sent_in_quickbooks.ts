import { Migration } from '@mikro-orm/migrations';

export class Migration20261201171517_mark_invoice_sent_in_quickbooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "integration_quickbooks_sent_marks" ("id" uuid not null, "account_id" uuid not null, "connection_id" uuid not null, "realm_id" varchar(32) not null, "invoice_id" uuid not null, "invoice_quick_books_id" varchar(64) not null, "message_id" varchar(100) not null, "sent_at" timestamptz not null, "line" text not null, "status" varchar(20) not null, "base_sync_token" varchar(40) null, "base_updated_at" timestamptz null, "note" text null, "written_sync_token" varchar(40) null, "outcome" text null, "created_at" timestamptz not null, "processed_at" timestamptz null, constraint "integration_quickbooks_sent_marks_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "integration_qbo_sent_marks_invoice_idx" on "integration_quickbooks_sent_marks" ("account_id", "realm_id", "invoice_quick_books_id");`,
    );
    this.addSql(
      `alter table "integration_quickbooks_sent_marks" add constraint "integration_qbo_sent_marks_message_key" unique ("account_id", "message_id");`,
    );

    this.addSql(`alter table "platform_accounts" add column "mark_sent_in_quick_books" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "integration_quickbooks_sent_marks" cascade;`);

    this.addSql(`alter table "platform_accounts" drop column "mark_sent_in_quick_books";`);
  }
}
