import { Migration } from '@mikro-orm/migrations';

/**
 * Contacts and Invoicing no longer record each item's outcome under an import: an import now writes
 * a page and records its result in one transaction, so no page is left written but uncounted, and
 * none needs replaying. What the outcomes reported (a phone kept as text) goes in the page's result.
 */
export class Migration20261203072914_drop_import_outcomes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop table if exists "contacts_import_outcomes" cascade;`);

    this.addSql(`drop table if exists "invoicing_import_outcomes" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "contacts_import_outcomes" ("id" uuid not null, "account_id" uuid not null, "import_id" varchar(100) not null, "quickbooks_id" varchar(50) not null, "display_name" varchar(500) null, "result" varchar(10) not null, "contact_id" uuid null, "reasons" jsonb not null, "recorded_at" timestamptz not null, "position" int not null, constraint "contacts_import_outcomes_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "contacts_import_outcomes" add constraint "contacts_import_outcomes_import_customer_unique" unique ("account_id", "import_id", "quickbooks_id");`,
    );

    this.addSql(
      `create table "invoicing_import_outcomes" ("import_id" varchar(100) not null, "quick_books_id" varchar(50) not null, "account_id" uuid not null, "doc_number" varchar(50) null, "result" varchar(20) not null, "invoice_id" uuid null, "reasons" jsonb not null, "recorded_at" timestamptz not null, constraint "invoicing_import_outcomes_pkey" primary key ("import_id", "quick_books_id"));`,
    );
  }
}
