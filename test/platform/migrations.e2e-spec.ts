import { MikroORM } from '@mikro-orm/postgresql';
import { dropDatabase, ensureDatabase } from '../../src/platform/database/ensure-database';
import { ormConfig } from '../../src/platform/database/mikro-orm.config';
import { SETTLE_TABLES } from '../../src/settle.tables';
import { assertTestDatabase, templateDatabase } from '../setup/test-database';

describe('migrations', () => {
  const url = process.env.DATABASE_URL as string;
  let orm: MikroORM;

  beforeAll(async () => {
    assertTestDatabase(url);
    await ensureDatabase(url, templateDatabase());
    orm = await MikroORM.init(ormConfig(url, SETTLE_TABLES));
  });

  afterAll(async () => {
    await orm.close(true);
    await dropDatabase(url);
  });

  it('create exactly the schema the mappings describe (nothing left to generate)', async () => {
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('agree with the committed snapshot', async () => {
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('store invoice lines as json compressed with lz4, which the mappings cannot say', async () => {
    const columns = await orm.em.getConnection().execute<{ attname: string; type: string; attcompression: string }[]>(
      `select attname, format_type(atttypid, atttypmod) as type, attcompression from pg_attribute
        where attrelid = 'invoicing_invoices'::regclass and attname in ('lines', 'tax_lines') order by attname`,
    );
    expect(columns).toEqual([
      { attname: 'lines', type: 'json', attcompression: 'l' },
      { attname: 'tax_lines', type: 'json', attcompression: 'l' },
    ]);
  });
});
