import { Migration } from '@mikro-orm/migrations';

export class Migration20261201182757_workflow_claim_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "workflows_occurrences_claim_idx";`);

    this.addSql(
      `create index "workflows_occurrences_due_idx" on "workflows_occurrences" ("due_at") where "state" = 'scheduled';`,
    );
    this.addSql(
      `create index "workflows_occurrences_stalled_idx" on "workflows_occurrences" ("updated_at") where "state" = 'sending';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "workflows_occurrences_due_idx";`);
    this.addSql(`drop index "workflows_occurrences_stalled_idx";`);

    this.addSql(`create index "workflows_occurrences_claim_idx" on "workflows_occurrences" ("state", "due_at");`);
  }
}
