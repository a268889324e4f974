import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { accountIdProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import type { PageResult, QuickBooksImport } from '../../domain/quickbooks-import';

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

/** Records a page's result (again, the same, when a page is redone after a crash). */
export async function recordImportPage(em: EntityManager, run: QuickBooksImport, key: string, result: PageResult) {
  await em.getConnection().execute(
    `insert into integration_quickbooks_import_pages (import_id, page_key, account_id, result) values (?, ?, ?, ?)
     on conflict (import_id, page_key) do update set result = excluded.result`,
    [run.id, key, run.accountId, JSON.stringify(result)],
  );
}

/** Loads the import's recorded pages onto it. */
export async function loadImportPages(em: EntityManager, run: QuickBooksImport): Promise<QuickBooksImport> {
  const pages = await em.find(QuickBooksImportPage, { importId: run.id }, { fields: ['pageKey', 'result'] });
  run.pages = Object.fromEntries(pages.map((page) => [page.pageKey, page.result]));
  return run;
}

/** Forgets every page of the import (a dry run starts over). */
export async function clearImportPages(em: EntityManager, run: QuickBooksImport): Promise<void> {
  await em.nativeDelete(QuickBooksImportPage, { importId: run.id });
}
