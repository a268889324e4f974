import { Migration } from '@mikro-orm/migrations';

/**
 * An outbox row settles when its job completes or fails for good; a row queued a while ago that
 * has not settled lost its job (Redis restarted empty) and is queued again. Rows already published
 * are taken as settled. Webhooks still waiting in the inbox get their job in the outbox, which
 * replaces the inbox's own sweep.
 */
export class Migration20261201151636_outbox_settled extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "platform_outbox" add column "settled_at" timestamptz null;`);
    this.addSql(`update "platform_outbox" set "settled_at" = "published_at" where "published_at" is not null;`);
    this.addSql(`create index "platform_outbox_job_idx" on "platform_outbox" ("queue", "job_id");`);
    this.addSql(
      `create index "platform_outbox_unsettled_idx" on "platform_outbox" ("published_at") where "published_at" is not null and "settled_at" is null;`,
    );
    this
      .addSql(`insert into "platform_outbox" ("id", "event_name", "queue", "job_name", "job_id", "account_id", "payload", "occurred_at")
      select gen_random_uuid(), null, 'inbox', 'process-webhook', "id"::text, null, json_build_object('inboxId', "id"), now()
      from "platform_inbox" where "status" = 'received';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "platform_outbox_job_idx";`);
    this.addSql(`drop index "platform_outbox_unsettled_idx";`);
    this.addSql(`alter table "platform_outbox" drop column "settled_at";`);
  }
}
