import type { QboTaxCode, QboTaxRate } from '../../../../../libs/quickbooks/qbo-types';
import { toTaxContext } from './quickbooks-tax-context';

const meta = { CreateTime: '2022-11-14T10:00:00-08:00', LastUpdatedTime: '2022-11-14T10:00:00-08:00' };
const rate = (Id: string, RateValue: number): QboTaxRate => ({
  Id,
  SyncToken: '0',
  MetaData: meta,
  Name: `R${Id}`,
  RateValue,
  Active: true,
});
const code = (Id: string, Name: string, rateIds: string[]): QboTaxCode => ({
  Id,
  SyncToken: '0',
  MetaData: meta,
  Name,
  Active: true,
  Taxable: rateIds.length > 0,
  TaxGroup: rateIds.length > 1,
  SalesTaxRateList: { TaxRateDetail: rateIds.map((value) => ({ TaxRateRef: { value } })) },
});

describe('toTaxContext', () => {
  it('maps codes to their sales rate, sums tax groups exactly, and upper-cases the home currency', () => {
    const context = toTaxContext(
      [
        code('2', '20.0% S', ['3']),
        code('7', 'GST/PST', ['4', '5']),
        code('9', 'Exempt', []),
        code('10', 'Lost', ['99']),
      ],
      [rate('3', 20), rate('4', 5), rate('5', 7.005), rate('6', 17.5)],
      ' gbp ',
    );
    expect(context.homeCurrency).toBe('GBP');
    expect([...context.taxRates]).toEqual([
      ['3', '20'],
      ['4', '5'],
      ['5', '7.005'],
      ['6', '17.5'],
    ]);
    expect(context.taxCodes.get('2')).toEqual({ name: '20.0% S', ratePercent: '20' });
    expect(context.taxCodes.get('7')).toEqual({ name: 'GST/PST', ratePercent: '12.005' });
    expect(context.taxCodes.get('9')).toEqual({ name: 'Exempt', ratePercent: null });
    expect(context.taxCodes.get('10')).toEqual({ name: 'Lost', ratePercent: null });
  });
});
