import { Migration } from '@mikro-orm/migrations';

export class Migration20261201145616_import_progress extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "integration_quickbooks_imports" add column "progressed_at" timestamptz not null default now(), add column "resumes" int not null default 0;`,
    );
    // Of live imports of the same kind and year, all but the latest were left behind by a crash:
    // failing them lets the index that allows only one be built.
    this.addSql(
      `update "integration_quickbooks_imports" as "old" set "status" = 'failed', "finished_at" = now(), "error" = 'Superseded by a later import of the same kind; it had stopped making progress' where "old"."status" in ('queued', 'running') and exists (select 1 from "integration_quickbooks_imports" as "newer" where "newer"."account_id" = "old"."account_id" and "newer"."kind" = "old"."kind" and coalesce("newer"."year", 0) = coalesce("old"."year", 0) and "newer"."status" in ('queued', 'running') and ("newer"."created_at", "newer"."id") > ("old"."created_at", "old"."id"));`,
    );
    this.addSql(
      `create unique index "integration_qbo_imports_one_live" on "integration_quickbooks_imports" ("account_id", "kind", coalesce("year", 0)) where "status" in ('queued', 'running');`,
    );
    this.addSql(
      `create index "integration_qbo_imports_live_progress_idx" on "integration_quickbooks_imports" ("progressed_at") where "status" in ('queued', 'running');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "integration_qbo_imports_one_live";`);
    this.addSql(`drop index "integration_qbo_imports_live_progress_idx";`);
    this.addSql(`alter table "integration_quickbooks_imports" drop column "progressed_at", drop column "resumes";`);
  }
}
