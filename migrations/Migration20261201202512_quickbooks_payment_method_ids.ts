import { Migration } from '@mikro-orm/migrations';

export class Migration20261201202512_quickbooks_payment_method_ids extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "integration_quickbooks_connections" add column "payment_method_ids" jsonb not null default '{}';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "integration_quickbooks_connections" drop column "payment_method_ids";`);
  }
}
