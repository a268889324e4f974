import { Migration } from '@mikro-orm/migrations';

/**
 * An invoice's lines and tax lines are stored as json (the text as written) instead of jsonb. They
 * are only ever read and written whole, never searched inside, and jsonb's binary form costs
 * PostgreSQL a parse of every document (sorting each object's keys) on every write and a
 * re-serialisation on every read: COPYing 100,000 invoices' lines took about twice as long into
 * jsonb as into json. MikroORM's mappings cannot tell json from jsonb, so this was written by hand.
 * Changing a column's type resets its compression, so lz4 is set again (see
 * Migration20261202212000_invoice_lines_lz4).
 */
export class Migration20261203045500_invoice_lines_json extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "invoicing_invoices" alter column "lines" type json using "lines"::json, alter column "tax_lines" type json using "tax_lines"::json;`,
    );
    this.addSql(
      `alter table "invoicing_invoices" alter column "lines" set compression lz4, alter column "tax_lines" set compression lz4;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "invoicing_invoices" alter column "lines" type jsonb using "lines"::jsonb, alter column "tax_lines" type jsonb using "tax_lines"::jsonb;`,
    );
    this.addSql(
      `alter table "invoicing_invoices" alter column "lines" set compression lz4, alter column "tax_lines" set compression lz4;`,
    );
  }
}
