import { Migration } from '@mikro-orm/migrations';

export class Migration20261127054824_import_dry_run extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "integration_quickbooks_imports" add column "dry_run" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "integration_quickbooks_imports" drop column "dry_run";`);
  }
}
