import { Migration } from '@mikro-orm/migrations';

export class Migration20261201202716_occurrence_quickbooks_as_of extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "workflows_occurrences" add column "quickbooks_as_of" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "workflows_occurrences" drop column "quickbooks_as_of";`);
  }
}
