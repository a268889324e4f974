import { Migration } from '@mikro-orm/migrations';

export class Migration20261201171244_per_account_sign_in extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "platform_users" drop constraint "platform_users_email_unique";`);

    this.addSql(`create index "platform_users_email_index" on "platform_users" ("email");`);
    this.addSql(
      `alter table "platform_users" add constraint "platform_users_account_email_unique" unique ("account_id", "email");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "platform_users_email_index";`);
    this.addSql(`alter table "platform_users" drop constraint "platform_users_account_email_unique";`);

    this.addSql(`alter table "platform_users" add constraint "platform_users_email_unique" unique ("email");`);
  }
}
