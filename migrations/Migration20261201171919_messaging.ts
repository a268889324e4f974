import { Migration } from '@mikro-orm/migrations';

export class Migration20261201171919_messaging extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "contacts_consent_changes" ("id" uuid not null, "account_id" uuid not null, "contact_id" uuid not null, "change" varchar(10) not null, "how" varchar(20) not null, "message_id" uuid null, "text" varchar(1600) null, "user_id" uuid null, "at" timestamptz not null, constraint "contacts_consent_changes_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "contacts_consent_changes_contact_idx" on "contacts_consent_changes" ("account_id", "contact_id", "at");`,
    );

    this.addSql(
      `create table "messaging_conversations" ("id" uuid not null, "account_id" uuid not null, "contact_id" uuid not null, "last_activity_at" timestamptz not null, "last_message_preview" varchar(160) not null, "unread_count" int not null, "created_at" timestamptz not null, constraint "messaging_conversations_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "messaging_conversations_activity_idx" on "messaging_conversations" ("account_id", "last_activity_at", "id");`,
    );
    this.addSql(
      `alter table "messaging_conversations" add constraint "messaging_conversations_account_contact_unique" unique ("account_id", "contact_id");`,
    );

    this.addSql(
      `create table "messaging_delivery_receipts" ("id" uuid not null, "account_id" uuid not null, "message_id" uuid not null, "provider_message_id" varchar(40) not null, "status" varchar(20) not null, "err_code" varchar(10) not null, "outcome" varchar(20) not null, "at" timestamptz not null, constraint "messaging_delivery_receipts_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "messaging_delivery_receipts_message_idx" on "messaging_delivery_receipts" ("account_id", "message_id");`,
    );
    this.addSql(
      `alter table "messaging_delivery_receipts" add constraint "messaging_delivery_receipts_part_status_unique" unique ("provider_message_id", "status");`,
    );

    this.addSql(
      `create table "messaging_inbound_parts" ("id" uuid not null, "account_id" uuid not null, "contact_number" varchar(20) not null, "concat_ref" varchar(40) not null, "part_number" int not null, "total" int not null, "text" text not null, "provider_message_id" varchar(40) not null, "received_at" timestamptz not null, constraint "messaging_inbound_parts_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "messaging_inbound_parts" add constraint "messaging_inbound_parts_part_unique" unique ("account_id", "contact_number", "concat_ref", "part_number");`,
    );

    this.addSql(
      `create table "messaging_messages" ("id" uuid not null, "account_id" uuid not null, "contact_id" uuid not null, "conversation_id" uuid not null, "direction" varchar(4) not null, "purpose" varchar(20) null, "note_kind" varchar(20) null, "invoice_id" uuid null, "sent_by" uuid null, "text" text not null, "encoding" varchar(5) null, "parts" int not null, "state" varchar(10) not null, "failure_reason" varchar(500) null, "provider_ids" jsonb not null, "contact_number" varchar(20) null, "sender_id" varchar(20) null, "created_at" timestamptz not null, "sent_at" timestamptz null, "delivered_at" timestamptz null, "failed_at" timestamptz null, "updated_at" timestamptz not null, constraint "messaging_messages_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "messaging_messages_conversation_idx" on "messaging_messages" ("account_id", "conversation_id", "created_at");`,
    );
    this.addSql(
      `create index "messaging_messages_route_idx" on "messaging_messages" ("contact_number", "sender_id", "created_at");`,
    );

    this.addSql(
      `create table "messaging_templates" ("id" uuid not null, "account_id" uuid not null, "kind" varchar(20) not null, "name" varchar(100) not null, "body" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "messaging_templates_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "messaging_templates_account_idx" on "messaging_templates" ("account_id", "created_at");`,
    );
    this.addSql(
      `create unique index "messaging_templates_one_intro_per_account" on "messaging_templates" ("account_id") where "kind" = 'invoice_intro';`,
    );

    this.addSql(
      `create table "messaging_sender_settings" ("account_id" uuid not null, "sender_kind" varchar(20) not null, "sender_value" varchar(20) not null, "updated_at" timestamptz not null, constraint "messaging_sender_settings_pkey" primary key ("account_id"));`,
    );
    this.addSql(`create index "messaging_sender_settings_value_idx" on "messaging_sender_settings" ("sender_value");`);

    this.addSql(
      `create table "messaging_suppressed_numbers" ("account_id" uuid not null, "number" varchar(20) not null, "reason" varchar(200) not null, "suppressed_at" timestamptz not null, constraint "messaging_suppressed_numbers_pkey" primary key ("account_id", "number"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contacts_consent_changes" cascade;`);

    this.addSql(`drop table if exists "messaging_conversations" cascade;`);

    this.addSql(`drop table if exists "messaging_delivery_receipts" cascade;`);

    this.addSql(`drop table if exists "messaging_inbound_parts" cascade;`);

    this.addSql(`drop table if exists "messaging_messages" cascade;`);

    this.addSql(`drop table if exists "messaging_templates" cascade;`);

    this.addSql(`drop table if exists "messaging_sender_settings" cascade;`);

    this.addSql(`drop table if exists "messaging_suppressed_numbers" cascade;`);
  }
}
