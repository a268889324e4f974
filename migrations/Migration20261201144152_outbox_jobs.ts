import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox carries jobs as well as events: every row is a job to queue after its commit (an
 * event's job dispatches it to its consumers). Rows already there are events. A trigger notifies
 * the relay when new rows commit, so it need not wait for its next poll.
 */
export class Migration20261201144152_outbox_jobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "platform_outbox" add column "queue" varchar(100) not null default 'events', add column "job_name" varchar(100) not null default 'dispatch-event', add column "job_id" varchar(300) null;`,
    );
    this.addSql(`update "platform_outbox" set "job_id" = "id"::text;`);
    this.addSql(
      `alter table "platform_outbox" alter column "queue" drop default, alter column "job_name" drop default, alter column "job_id" set not null;`,
    );
    this.addSql(`alter table "platform_outbox" alter column "event_name" drop not null;`);
    this.addSql(`create function "platform_outbox_notify"() returns trigger language plpgsql as $$
      begin perform pg_notify('platform_outbox', ''); return null; end $$;`);
    this.addSql(`create trigger "platform_outbox_notify" after insert on "platform_outbox"
      for each statement execute function "platform_outbox_notify"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "platform_outbox_notify" on "platform_outbox";`);
    this.addSql(`drop function "platform_outbox_notify"();`);
    this.addSql(`delete from "platform_outbox" where "event_name" is null;`);
    this.addSql(`alter table "platform_outbox" drop column "queue", drop column "job_name", drop column "job_id";`);
    this.addSql(`alter table "platform_outbox" alter column "event_name" set not null;`);
  }
}
