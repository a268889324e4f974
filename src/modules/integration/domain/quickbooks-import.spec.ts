import { type PageResult, QuickBooksImport } from './quickbooks-import';

const page = (rows: number, id: string, counts: Record<string, number>): PageResult => ({
  rows,
  counts,
  skipped: [{ quickBooksId: `${id}-skipped`, name: null, reasons: ['dropped'] }],
  reported: [{ quickBooksId: `${id}-reported`, name: null, reasons: ['kept as text'] }],
});

describe('QuickBooksImport', () => {
  const run = () =>
    QuickBooksImport.request({ accountId: 'account', userId: 'user', kind: 'invoices', year: 2025, dryRun: false });

  it("sums a phase's pages, and lists what they skipped and reported in QuickBooks' order, whatever order they were written in", () => {
    const imported = run();
    imported.totals = { invoices: 2500 };
    imported.pages = {
      'invoices:2001': page(500, 'third', { created: 500 }),
      'contacts:1': page(10, 'contacts', { created: 10 }),
      'invoices:1': page(1000, 'first', { created: 999, skipped: 1 }),
      'invoices:1001': page(1000, 'second', { updated: 1000 }),
    };

    const summary = imported.summary('invoices');

    expect(summary).toEqual({
      total: 2500,
      done: 2500,
      counts: { created: 1499, skipped: 1, updated: 1000 },
      skipped: ['first', 'second', 'third'].map((id) => ({
        quickBooksId: `${id}-skipped`,
        name: null,
        reasons: ['dropped'],
      })),
      reported: ['first', 'second', 'third'].map((id) => ({
        quickBooksId: `${id}-reported`,
        name: null,
        reasons: ['kept as text'],
      })),
    });
  });

  it('reports nothing for pages recorded before their results kept what they reported', () => {
    const imported = run();
    imported.pages = { 'contacts:1': { rows: 5, counts: { created: 5 }, skipped: [] } };

    expect(imported.summary('contacts').reported).toEqual([]);
  });

  it('resumes at the first page it has not recorded', () => {
    const imported = run();
    imported.pages = { 'invoices:1': page(1000, 'first', {}), 'invoices:2001': page(1000, 'third', {}) };

    expect(imported.nextPosition('invoices')).toBe(1001);
    expect(imported.nextPosition('contacts')).toBe(1);
  });
});
