import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QboCustomer, QboInvoice, QboTaxCode, QboTaxRate } from '../../libs/quickbooks/qbo-types';
import {
  QuickBooksFaultError,
  QuickBooksObjectNotFoundError,
  QuickBooksStaleObjectError,
} from '../../src/modules/integration/domain/quickbooks.errors';
import {
  toQuickBooksCustomerRecord,
  toQuickBooksInvoiceRecord,
  toTaxContext,
} from '../../src/modules/integration/infrastructure/mapping';
import {
  readChanges,
  readEntity,
  readQueryRows,
  readTotalCount,
  type AnswerSource,
} from '../../src/modules/integration/infrastructure/quickbooks-api/quickbooks-answer.reader';
import { isDeletedEntity } from '../../src/modules/integration/infrastructure/quickbooks-api/quickbooks-api.types';
import { mapQuickBooksFault } from '../../src/modules/integration/infrastructure/quickbooks-api/quickbooks-fault.mapper';

/**
 * The public QuickBooks payloads in libs/sandbox/quickbooks/fixtures (see its README) read through
 * the code Settle reads the sandbox's answers with: the answer readers, the fault mapper and the
 * mappings into Contacts' and Invoicing' records.
 */
const FIXTURES = join(__dirname, '../../libs/sandbox/quickbooks/fixtures');
const source: AnswerSource = { operation: 'fixture contract', intuitTid: null };
/** Every QBO API payload of the folder, each read below (the webhook bodies have their own tests). */
const API_FIXTURES = [
  'account.json',
  'cdc-response-deleted.json',
  'cdc-response.json',
  'company-info.json',
  'customer-with-mobile.json',
  'customer.json',
  'fault.json',
  'invoice-subtotal.json',
  'invoice-tax-excluded.json',
  'invoice-tax-inclusive-10-lines.json',
  'invoice-tax-inclusive-3-lines.json',
  'invoice-tax-inclusive.json',
  'item.json',
  'payment-method.json',
  'payment.json',
  'preferences.json',
  'query-response-count.json',
  'query-response-tax-code.json',
  'query-response-tax-rate.json',
  'query-response.json',
  'tax-code.json',
  'tax-rate.json',
];

function fixture(name: string): unknown {
  if (!API_FIXTURES.includes(name)) throw new Error(`${name} is not listed in API_FIXTURES`);
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

/** Some fixtures are one row trimmed out of a query answer: put it back in one, as QuickBooks sent it. */
function asQueryAnswer(entity: string, row: unknown): unknown {
  return { QueryResponse: { [entity]: [row], startPosition: 1, maxResults: 1 } };
}

function entityOf<T>(file: string, entity: string): T {
  const object = readEntity(fixture(file), entity, source);
  if (object === undefined) throw new Error(`${file}: no ${entity}`);
  return object as unknown as T;
}

function rowOf<T>(file: string, entity: string): T {
  const rows = readQueryRows(asQueryAnswer(entity, fixture(file)), entity, source);
  expect(rows).toHaveLength(1);
  return rows[0] as unknown as T;
}

const ids = (entities: readonly { Id: string }[]): string[] => entities.map((entity) => entity.Id);

describe('QuickBooks fixtures through Settle’s readers', () => {
  describe('entity reads ({"<Entity>": {...}, "time"})', () => {
    it.each([
      ['customer.json', 'Customer', '5', {}],
      ['account.json', 'Account', '5', { Active: false }],
      ['invoice-subtotal.json', 'Invoice', '266', {}],
      ['payment.json', 'Payment', '163', { TotalAmt: 65, UnappliedAmt: 10, CustomerRef: { value: '20' } }],
      ['item.json', 'Item', '29', { Type: 'Category', Name: 'Trees' }],
      ['tax-code.json', 'TaxCode', '2', { Name: 'California', TaxGroup: true }],
      ['tax-rate.json', 'TaxRate', '2', { Name: 'Tucson City', RateValue: 2 }],
      ['company-info.json', 'CompanyInfo', '1', { CompanyName: "Larry's Bakery", Country: 'US' }],
      ['preferences.json', 'Preferences', '1', { CurrencyPrefs: { HomeCurrency: { value: 'USD' } } }],
      ['payment-method.json', 'PaymentMethod', '7', { Name: 'Diners Club', Type: 'CREDIT_CARD' }],
    ])('%s reads as %s Id %s', (file, entity, id, expected) => {
      const body = fixture(file) as Record<string, unknown>;
      const object = readEntity(body, entity, source);
      expect(object?.Id).toBe(id);
      expect(object).toBe(body[entity]);
      expect(object).toMatchObject(expected);
      expect(readEntity(body, entity.toLowerCase(), source)).toBe(object);
    });

    it('finds the invoice the documented payment pays', () => {
      const payment = entityOf<{ Line: { Amount: number; LinkedTxn: { TxnId: string; TxnType: string }[] }[] }>(
        'payment.json',
        'Payment',
      );
      expect(payment.Line.map((line) => line.LinkedTxn)).toEqual([[{ TxnId: '70', TxnType: 'Invoice' }]]);
      expect(payment.Line[0].Amount).toBe(55);
    });
  });

  describe('query answers', () => {
    it.each([
      ['query-response.json', 'Vendor', 5, 0],
      ['query-response-count.json', 'Customer', 0, 37],
      ['query-response-tax-code.json', 'TaxCode', 4, 5],
      ['query-response-tax-rate.json', 'TaxRate', 3, 3],
    ])('%s gives %s rows: %i, totalCount: %i', (file, entity, rows, total) => {
      const body = fixture(file);
      expect(readQueryRows(body, entity, source)).toHaveLength(rows);
      expect(readTotalCount(body, source)).toBe(total);
    });

    it('reads a row of the tax code list by its pseudo Ids TAX and NON', () => {
      expect(ids(readQueryRows(fixture('query-response-tax-code.json'), 'TaxCode', source))).toEqual([
        'TAX',
        'NON',
        '2',
        '3',
      ]);
    });
  });

  describe('change data capture', () => {
    it('reads cdc-response.json: four estimates, none deleted', () => {
      const changes = readChanges(fixture('cdc-response.json'), ['Estimate', 'Invoice'], source);
      expect(changes.Estimate).toHaveLength(4);
      expect(changes.Estimate.filter(isDeletedEntity)).toEqual([]);
      expect(changes.Invoice).toEqual([]);
    });

    it('reads cdc-response-deleted.json: every entity list, with the deleted skeleton marked', () => {
      const changes = readChanges(fixture('cdc-response-deleted.json'), ['Customer', 'Estimate', 'Invoice'], source);
      expect(ids(changes.Customer)).toEqual(['63', '99']);
      expect(ids(changes.Estimate)).toEqual(['34', '123', '979']);
      expect(changes.Invoice).toEqual([]);
      expect(changes.Estimate.filter(isDeletedEntity)).toEqual([
        { status: 'Deleted', domain: 'QBO', Id: '979', MetaData: { LastUpdatedTime: '2015-12-23T12:55:50-08:00' } },
      ]);
      expect(changes.Customer.filter(isDeletedEntity)).toEqual([]);
    });
  });

  describe('faults', () => {
    it('maps fault.json to a plain QuickBooksFaultError with its code, parsed or as text', () => {
      const body = fixture('fault.json');
      for (const sent of [body, JSON.stringify(body)]) {
        const error = mapQuickBooksFault({ status: 400, body: sent, intuitTid: 'tid-1' }, 'create invoice');
        expect(error).toBeInstanceOf(QuickBooksFaultError);
        expect(error).not.toBeInstanceOf(QuickBooksStaleObjectError);
        expect(error).not.toBeInstanceOf(QuickBooksObjectNotFoundError);
        expect(error).toMatchObject({
          status: 400,
          faultType: 'ValidationFault',
          code: '2010',
          intuitTid: 'tid-1',
          operation: 'create invoice',
        });
        expect(error.detail).toContain('Request has invalid or unsupported property');
        expect(error.transient).toBe(false);
      }
    });
  });

  describe('tax context from the documented TaxCode and TaxRate', () => {
    const homeCurrency = (): string =>
      entityOf<{ CurrencyPrefs: { HomeCurrency: { value: string } } }>('preferences.json', 'Preferences').CurrencyPrefs
        .HomeCurrency.value;

    it('gives the single TaxRate its rate; the single TaxCode needs its rate 3 to be known', () => {
      const code = entityOf<QboTaxCode>('tax-code.json', 'TaxCode');
      const rate = entityOf<QboTaxRate>('tax-rate.json', 'TaxRate');
      const context = toTaxContext([code], [rate], homeCurrency());
      expect(context.homeCurrency).toBe('USD');
      expect([...context.taxRates]).toEqual([['2', '2']]);
      expect(context.taxCodes.get('2')).toEqual({ name: 'California', ratePercent: null });
    });

    it('gives every code of the documented lists its rate: California 8, the Tucson group 7.1 + 2', () => {
      const codes = readQueryRows(
        fixture('query-response-tax-code.json'),
        'TaxCode',
        source,
      ) as unknown as QboTaxCode[];
      const rates = readQueryRows(
        fixture('query-response-tax-rate.json'),
        'TaxRate',
        source,
      ) as unknown as QboTaxRate[];
      const single = entityOf<QboTaxCode>('tax-code.json', 'TaxCode');
      const context = toTaxContext([...codes.filter((code) => code.Id !== single.Id), single], rates, homeCurrency());
      expect(Object.fromEntries(context.taxRates)).toEqual({ '1': '7.1', '2': '2', '3': '8' });
      expect(Object.fromEntries(context.taxCodes)).toEqual({
        TAX: { name: 'TAX', ratePercent: null },
        NON: { name: 'NON', ratePercent: null },
        '2': { name: 'California', ratePercent: '8' },
        '3': { name: 'Tucson', ratePercent: '9.1' },
      });
    });
  });

  describe('customers into Contacts’ record', () => {
    it.each([
      ['customer.json', () => entityOf<QboCustomer>('customer.json', 'Customer'), '5'],
      ['customer-with-mobile.json', () => rowOf<QboCustomer>('customer-with-mobile.json', 'Customer'), '7'],
    ])('maps %s', (_file, load, id) => {
      const customer = load();
      const record = toQuickBooksCustomerRecord(customer);
      expect(record.quickBooksId).toBe(id);
      expect(record.syncToken).toBe(customer.SyncToken);
      expect(record.lastUpdatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(record.primaryPhone).toBe(customer.PrimaryPhone?.FreeFormNumber.trim() ?? null);
      expect(record.mobile).toBe(customer.Mobile?.FreeFormNumber.trim() ?? null);
    });

    it('keeps the mobile of customer-with-mobile.json apart from its primary phone', () => {
      const record = toQuickBooksCustomerRecord(rowOf<QboCustomer>('customer-with-mobile.json', 'Customer'));
      expect(record.mobile).not.toBeNull();
      expect(record.mobile).not.toBe(record.primaryPhone);
    });
  });

  describe('invoices into Invoicing’s record', () => {
    const emptyContext = (home: string) => toTaxContext([], [], home);

    it.each([
      ['invoice-tax-inclusive.json', '2508', 'AUD', 'inclusive'],
      ['invoice-tax-inclusive-10-lines.json', '2506', 'AUD', 'inclusive'],
      ['invoice-tax-inclusive-3-lines.json', '2593', 'AUD', 'inclusive'],
      ['invoice-tax-excluded.json', '67', 'USD', 'exclusive'],
    ])('maps the query row %s (Id %s, %s, %s) without a warning', (file, id, currency, treatment) => {
      const invoice = rowOf<QboInvoice>(file, 'Invoice');
      const { record, warnings } = toQuickBooksInvoiceRecord(invoice, emptyContext(currency));
      expect(warnings).toEqual([]);
      expect(record).toMatchObject({ quickBooksId: id, currency, taxTreatment: treatment });
      expect(record.totalAmountMinor).toBe(BigInt(Number(invoice.TotalAmt).toFixed(2).replace('.', '')));
    });

    it('maps the read invoice-subtotal.json (Id 266) as untaxed', () => {
      const { record, warnings } = toQuickBooksInvoiceRecord(
        entityOf<QboInvoice>('invoice-subtotal.json', 'Invoice'),
        emptyContext('USD'),
      );
      expect(warnings).toEqual([]);
      expect(record).toMatchObject({ quickBooksId: '266', taxTreatment: 'none', totalTaxMinor: 0n });
    });

    it('maps the US sandbox invoice with the documented tax lists: its code 2 is the 8 % rate 3 it charges', () => {
      const codes = readQueryRows(
        fixture('query-response-tax-code.json'),
        'TaxCode',
        source,
      ) as unknown as QboTaxCode[];
      const rates = readQueryRows(
        fixture('query-response-tax-rate.json'),
        'TaxRate',
        source,
      ) as unknown as QboTaxRate[];
      const context = toTaxContext(codes, rates, 'USD');
      const invoice = rowOf<QboInvoice>('invoice-tax-excluded.json', 'Invoice');
      expect(invoice.TxnTaxDetail?.TxnTaxCodeRef?.value).toBe('2');
      expect(context.taxCodes.get('2')?.ratePercent).toBe('8');
      const { record, warnings } = toQuickBooksInvoiceRecord(invoice, context);
      expect(warnings).toEqual([]);
      expect(record.totalTaxMinor).toBe(3400n);
      expect(record.taxLines).toMatchObject([{ taxRateId: '3', ratePercent: '8', amountMinor: 3400n }]);
    });
  });

  it('lists every API fixture of the folder, so a new one cannot go unread', () => {
    const inFolder = readdirSync(FIXTURES).filter((name) => name.endsWith('.json') && !name.startsWith('webhook-'));
    expect(inFolder.sort()).toEqual([...API_FIXTURES].sort());
  });
});
