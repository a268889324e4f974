import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { QboCustomer } from '../../../quickbooks/qbo-types';
import { generateCompany } from './index';
import { COUNTRY_SPELLINGS, CustomerRegion } from './places';
import { INVALID_PHONES } from './phone-numbers';

const REGION_OF_COUNTRY = new Map<string, CustomerRegion>(
  Object.entries(COUNTRY_SPELLINGS).flatMap(([region, spellings]) =>
    spellings.map((spelling): [string, CustomerRegion] => [spelling, region as CustomerRegion]),
  ),
);

function phonesOf(customer: QboCustomer): string[] {
  return [customer.PrimaryPhone, customer.Mobile].flatMap((phone) => (phone ? [phone.FreeFormNumber] : []));
}

function regionOf(customer: QboCustomer): CountryCode {
  return (REGION_OF_COUNTRY.get(customer.BillAddr?.Country ?? '') ?? 'GB') as CountryCode;
}

describe('generateCompany', () => {
  it('is deterministic: same seed and sizes give byte-identical output', () => {
    const options = { seed: 42, customers: 120, invoices: 400 };
    expect(JSON.stringify(generateCompany(options))).toBe(JSON.stringify(generateCompany(options)));
    expect(JSON.stringify(generateCompany({ ...options, seed: 43 }))).not.toBe(
      JSON.stringify(generateCompany(options)),
    );
  });

  it('makes the sizes asked for, with the lists of a UK company', () => {
    const company = generateCompany({
      seed: 7,
      customers: 30,
      invoices: 90,
      realmId: '9130000000000001',
      companyName: 'Test Ltd',
    });
    expect(company.realmId).toBe('9130000000000001');
    expect(company.companyInfo.CompanyName).toBe('Test Ltd');
    expect(company.customers).toHaveLength(30);
    expect(company.invoices).toHaveLength(90);
    expect(company.preferences.CurrencyPrefs).toEqual({ HomeCurrency: { value: 'GBP' }, MultiCurrencyEnabled: true });
    expect(company.accounts).toContainEqual(
      expect.objectContaining({
        Name: 'Undeposited Funds',
        AccountType: 'Other Current Asset',
        AccountSubType: 'UndepositedFunds',
      }),
    );
    expect(company.taxCodes.map((code) => code.Name)).toEqual(['20.0% S', '5.0% R', '0.0% Z', 'Exempt', 'No VAT']);
    expect(company.taxRates.map((rate) => rate.RateValue)).toEqual([20, 5, 0, 0, 0]);
    expect(new Set(company.invoices.map((invoice) => invoice.Id)).size).toBe(90);
  });

  it('spreads invoices over the years asked for, or puts them all in one year', () => {
    const spread = generateCompany({ customers: 10, invoices: 400, years: { from: 2023, to: 2026 } });
    expect(new Set(spread.invoices.map((invoice) => invoice.TxnDate.slice(0, 4)))).toEqual(
      new Set(['2023', '2024', '2025', '2026']),
    );
    const oneYear = generateCompany({ customers: 10, invoices: 300, years: 2025 });
    expect(oneYear.invoices.every((invoice) => invoice.TxnDate.startsWith('2025-'))).toBe(true);
  });

  describe('customers (2,000)', () => {
    const customers = generateCompany({ seed: 3, customers: 2000, invoices: 0 }).customers;

    it('have unique display names', () => {
      expect(new Set(customers.map((customer) => customer.DisplayName)).size).toBe(customers.length);
    });

    it('share phones and emails at about the share asked for (2%)', () => {
      const parsed = customers.flatMap((customer) =>
        phonesOf(customer).map((text) => parsePhoneNumberFromString(text, regionOf(customer))),
      );
      const phones = parsed.flatMap((phone) => (phone?.isValid() ? [phone.number] : []));
      const sharedPhones = phones.length - new Set(phones).size;
      const emails = customers.flatMap(
        (customer) => customer.PrimaryEmailAddr?.Address.split(/[,;]/).map((part) => part.trim().toLowerCase()) ?? [],
      );
      const sharedEmails = emails.length - new Set(emails).size;
      expect(sharedPhones / customers.length).toBeGreaterThan(0.01);
      expect(sharedPhones / customers.length).toBeLessThan(0.03);
      expect(sharedEmails / customers.length).toBeGreaterThan(0.01);
      expect(sharedEmails / customers.length).toBeLessThan(0.03);
    });

    it('write valid phones that libphonenumber-js (max) accepts, except the deliberately invalid ones', () => {
      const invalid = customers.flatMap((customer) =>
        phonesOf(customer).filter((text) => !parsePhoneNumberFromString(text, regionOf(customer))?.isValid()),
      );
      expect(invalid.every((text) => (INVALID_PHONES as readonly string[]).includes(text))).toBe(true);
      expect(invalid.length / customers.length).toBeGreaterThan(0.01);
      expect(invalid.length / customers.length).toBeLessThan(0.035);
      expect(customers.some((customer) => phonesOf(customer).some((text) => /^0\d{4} \d{6}$/.test(text)))).toBe(true);
      expect(customers.some((customer) => phonesOf(customer).some((text) => text.startsWith('+44 (0)')))).toBe(true);
      expect(customers.some((customer) => phonesOf(customer).some((text) => / ext\.? \d+$/.test(text)))).toBe(true);
    });

    it('include the awkward cases', () => {
      const neither = customers.filter((customer) => !customer.PrimaryEmailAddr && phonesOf(customer).length === 0);
      expect(neither.length).toBeGreaterThan(20);
      expect(
        customers
          .filter((customer) => !customer.Active)
          .every((customer) => customer.DisplayName.endsWith(' (deleted)')),
      ).toBe(true);
      expect(customers.filter((customer) => !customer.Active).length).toBeGreaterThan(40);
      expect(customers.some((customer) => /[,;]/.test(customer.PrimaryEmailAddr?.Address ?? ''))).toBe(true);
      expect(customers.some((customer) => /[\u0400-\u04FF\u4E00-\u9FFF\u0600-\u06FF]/.test(customer.DisplayName))).toBe(
        true,
      );
      expect(customers.some((customer) => /\p{Extended_Pictographic}/u.test(customer.DisplayName))).toBe(true);
      expect(new Set(customers.map((customer) => customer.CurrencyRef?.value))).toEqual(
        new Set(['GBP', 'USD', 'EUR', 'JPY']),
      );
      expect(customers.some((customer) => customer.CompanyName)).toBe(true);
    });
  });
});
