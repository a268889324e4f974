import { Migration } from '@mikro-orm/migrations';

export class Migration20261201171435_invoice_text_message extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "invoicing_invoices" add column "text_message" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoicing_invoices" drop column "text_message";`);
  }
}
