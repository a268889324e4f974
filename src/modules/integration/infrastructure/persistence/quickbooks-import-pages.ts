import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { withPgConnection } from '../../../../platform/database/pg-connection';
import { textArray } from '../../../../platform/database/pg-text-array';
import { accountIdProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { QuickBooksImport, type PageResult } from '../../domain/quickbooks-import';

/** One page's result of an import, in a row of its own: recording a page never rewrites the others. */
export class QuickBooksImportPage {
  importId!: string;
  pageKey!: string;
  accountId!: string;
  result!: PageResult;
}

export const QuickBooksImportPageSchema = new EntitySchema<QuickBooksImportPage>({
  class: QuickBooksImportPage,
  tableName: 'integration_quickbooks_import_pages',
  ...tenantOwned,
  properties: {
    importId: { type: 'uuid', primary: true },
    pageKey: { type: 'string', length: 40, primary: true },
    accountId: accountIdProperty,
    result: { type: 'json' },
  },
});

/**
 * Records pages' results (the pages one transaction wrote), and that the import progressed, in one
 * statement: an import calls it in the transaction that writes the pages. The results go as a
 * parameter: MikroORM's execute would escape them into the SQL text character by character.
 */
export async function recordImportPages(
  em: EntityManager,
  run: QuickBooksImport,
  pages: { key: string; result: PageResult }[],
): Promise<void> {
  await withPgConnection(em, (connection) =>
    connection.query(
      `with page as (
         insert into integration_quickbooks_import_pages (import_id, page_key, account_id, result)
         select $1, recorded.key, $3, recorded.result::jsonb from unnest($2::text[], $4::text[]) as recorded(key, result)
         on conflict (import_id, page_key) do update set result = excluded.result
       )
       update integration_quickbooks_imports set progressed_at = now() where id = $1 and account_id = $3`,
      [
        run.id,
        textArray(pages.map((page) => page.key)),
        run.accountId,
        textArray(pages.map((page) => JSON.stringify(page.result))),
      ],
    ),
  );
}

/** Stores the import's state (not its pages, recorded as they are written), and that it progressed. */
export async function saveImport(em: EntityManager, run: QuickBooksImport): Promise<void> {
  run.progressedAt = new Date();
  await em.nativeUpdate(
    QuickBooksImport,
    { id: run.id },
    {
      status: run.status,
      phase: run.phase,
      totals: run.totals,
      error: run.error,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      progressedAt: run.progressedAt,
    },
  );
}

/** Loads the import's recorded pages onto it. */
export function loadImportPages(em: EntityManager, run: QuickBooksImport): Promise<QuickBooksImport> {
  return loadPages(em, run, 'result');
}

/**
 * Loads the import's recorded pages onto it with their skipped and reported lists left in the
 * database (each page's lists empty): enough for where it resumes, its progress and its counts.
 * Only a finished import's summary lists what it skipped or reported, which grows with every page
 * (about 8,000 entries in a 100,000-invoice year), while a running import is polled and reloaded
 * many times.
 */
export function loadImportProgress(em: EntityManager, run: QuickBooksImport): Promise<QuickBooksImport> {
  return loadPages(em, run, `result - 'skipped' - 'reported'`);
}

async function loadPages(em: EntityManager, run: QuickBooksImport, result: string): Promise<QuickBooksImport> {
  const pages = await em
    .getConnection()
    .execute<{ page_key: string; result: Omit<PageResult, 'skipped'> & Partial<PageResult> }[]>(
      `select page_key, ${result} as result from integration_quickbooks_import_pages where import_id = ? and account_id = ?`,
      [run.id, run.accountId],
      'all',
      em.getTransactionContext(),
    );
  run.pages = Object.fromEntries(pages.map((page) => [page.page_key, { skipped: [], ...page.result }]));
  return run;
}

/** Forgets every page of the import (a dry run starts over). */
export async function clearImportPages(em: EntityManager, run: QuickBooksImport): Promise<void> {
  await em.nativeDelete(QuickBooksImportPage, { importId: run.id });
}
