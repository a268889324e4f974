import { Migration } from '@mikro-orm/migrations';

export class Migration20261127061430_drop_redundant_account_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "contacts_contacts_account_id_index";`);

    this.addSql(`drop index "invoicing_import_outcomes_account_id_index";`);

    this.addSql(`drop index "invoicing_invoices_account_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "contacts_contacts_account_id_index" on "contacts_contacts" ("account_id");`);

    this.addSql(
      `create index "invoicing_import_outcomes_account_id_index" on "invoicing_import_outcomes" ("account_id");`,
    );

    this.addSql(`create index "invoicing_invoices_account_id_index" on "invoicing_invoices" ("account_id");`);
  }
}
