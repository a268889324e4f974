import { Migration } from '@mikro-orm/migrations';

export class Migration20261127060622_import_pages extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "integration_quickbooks_import_pages" ("import_id" uuid not null, "page_key" varchar(40) not null, "account_id" uuid not null, "result" jsonb not null, constraint "integration_quickbooks_import_pages_pkey" primary key ("import_id", "page_key"));`,
    );
    this.addSql(
      `create index "integration_quickbooks_import_pages_account_id_index" on "integration_quickbooks_import_pages" ("account_id");`,
    );

    this.addSql(`alter table "integration_quickbooks_imports" drop column "pages";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "integration_quickbooks_import_pages" cascade;`);

    this.addSql(`alter table "integration_quickbooks_imports" add column "pages" jsonb not null default '{}';`);
  }
}
