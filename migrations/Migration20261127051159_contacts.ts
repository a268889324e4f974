import { Migration } from '@mikro-orm/migrations';

export class Migration20261127051159_contacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "contacts_contacts" ("id" uuid not null, "account_id" uuid not null, "first_name" varchar(100) null, "last_name" varchar(100) null, "business_name" varchar(200) null, "email" varchar(320) null, "mobile" varchar(20) null, "other_phone" varchar(50) null, "billing_address" jsonb null, "source" varchar(20) not null, "quickbooks_customer_id" varchar(50) null, "quickbooks_sync_token" varchar(50) null, "quickbooks_updated_at" timestamptz null, "opted_out" boolean not null, "opted_out_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "contacts_contacts_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contacts_contacts_account_id_index" on "contacts_contacts" ("account_id");`);
    this.addSql(
      `alter table "contacts_contacts" add constraint "contacts_contacts_account_id_mobile_unique" unique ("account_id", "mobile") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "contacts_contacts" add constraint "contacts_contacts_account_id_email_unique" unique ("account_id", "email") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "contacts_contacts" add constraint "contacts_contacts_account_id_quickbooks_customer_id_unique" unique ("account_id", "quickbooks_customer_id") deferrable initially deferred;`,
    );

    this.addSql(
      `create table "contacts_import_outcomes" ("id" uuid not null, "account_id" uuid not null, "import_id" varchar(100) not null, "quickbooks_id" varchar(50) not null, "display_name" varchar(500) null, "result" varchar(10) not null, "contact_id" uuid null, "reasons" jsonb not null, "recorded_at" timestamptz not null, "position" int not null, constraint "contacts_import_outcomes_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "contacts_import_outcomes" add constraint "contacts_import_outcomes_import_customer_unique" unique ("account_id", "import_id", "quickbooks_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contacts_contacts" cascade;`);

    this.addSql(`drop table if exists "contacts_import_outcomes" cascade;`);
  }
}
