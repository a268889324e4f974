import type { QboCustomer } from '../../../../../libs/quickbooks/qbo-types';
import { toQuickBooksCustomerRecord } from './quickbooks-customer.mapper';
import { QuickBooksMappingError } from './quickbooks-mapping.error';

const customer = (overrides: Partial<QboCustomer> = {}): QboCustomer => ({
  Id: '58',
  SyncToken: '3',
  MetaData: { CreateTime: '2015-07-24T10:33:39-07:00', LastUpdatedTime: '2015-07-24T10:33:39-07:00' },
  DisplayName: '  Zoë O’Brien  ',
  Active: true,
  Balance: 0,
  ...overrides,
});

describe('toQuickBooksCustomerRecord', () => {
  it('maps a full customer, trimming texts and passing phones and email raw', () => {
    const record = toQuickBooksCustomerRecord(
      customer({
        Title: 'Dr',
        GivenName: ' Zoë ',
        MiddleName: '',
        FamilyName: 'O’Brien',
        Suffix: '   ',
        CompanyName: '東京 Trading 🚀',
        PrimaryEmailAddr: { Address: ' zoe@example.com; z.obrien@example.org ' },
        Mobile: { FreeFormNumber: '+44 (0)7911 123456' },
        PrimaryPhone: { FreeFormNumber: '(020) 7946 0018' },
        AlternatePhone: { FreeFormNumber: ' 07911123456 ext 2 ' },
        BillAddr: {
          Id: '9',
          Line1: ' 238 Queen Street ',
          Line2: '',
          Line3: 'Flat 2',
          City: 'Cardiff',
          CountrySubDivisionCode: 'South Glamorgan',
          PostalCode: 'CF10 5FN',
          Country: 'UK',
        },
      }),
    );
    expect(record).toEqual({
      quickBooksId: '58',
      syncToken: '3',
      lastUpdatedAt: '2015-07-24T17:33:39.000Z',
      displayName: 'Zoë O’Brien',
      title: 'Dr',
      givenName: 'Zoë',
      middleName: null,
      familyName: 'O’Brien',
      suffix: null,
      companyName: '東京 Trading 🚀',
      email: 'zoe@example.com; z.obrien@example.org',
      mobile: '+44 (0)7911 123456',
      primaryPhone: '(020) 7946 0018',
      alternatePhone: '07911123456 ext 2',
      billingAddress: {
        lines: ['238 Queen Street', 'Flat 2'],
        city: 'Cardiff',
        region: 'South Glamorgan',
        postalCode: 'CF10 5FN',
        country: 'UK',
      },
      active: true,
    });
  });

  it('gives nulls for missing fields and an address with nothing in it', () => {
    const record = toQuickBooksCustomerRecord(
      customer({ DisplayName: '   ', BillAddr: { Id: '74', Line1: ' ' }, Active: false }),
    );
    expect(record).toMatchObject({
      displayName: null,
      email: null,
      mobile: null,
      primaryPhone: null,
      alternatePhone: null,
      billingAddress: null,
      active: false,
    });
  });

  it.each([
    ['2015-07-24T10:33:39-07:00', '2015-07-24T17:33:39.000Z'],
    ['2025-10-05T14:42:19-0700', '2025-10-05T21:42:19.000Z'],
    ['2026-01-01T00:30:00+05:30', '2025-12-31T19:00:00.000Z'],
    ['2026-03-05T10:00:00Z', '2026-03-05T10:00:00.000Z'],
    ['2026-03-05T10:00:00.123456Z', '2026-03-05T10:00:00.123Z'],
    ['2026-03-05T10:00:00', '2026-03-05T10:00:00.000Z'],
  ])('normalises LastUpdatedTime %s to %s', (time, expected) => {
    const record = toQuickBooksCustomerRecord(customer({ MetaData: { CreateTime: time, LastUpdatedTime: time } }));
    expect(record.lastUpdatedAt).toBe(expected);
  });

  it('refuses a customer without Id, SyncToken or a readable LastUpdatedTime', () => {
    const broken = [
      customer({ Id: '' }),
      customer({ SyncToken: undefined as unknown as string }),
      customer({ MetaData: { CreateTime: 'x', LastUpdatedTime: 'last Tuesday' } }),
      customer({ MetaData: { CreateTime: 'x', LastUpdatedTime: '2026-13-01T10:00:00-07:00' } }),
      customer({ MetaData: { CreateTime: 'x', LastUpdatedTime: '2026-01-01T10:00:00+24:00' } }),
      customer({ MetaData: undefined as unknown as QboCustomer['MetaData'] }),
    ];
    for (const entity of broken) expect(() => toQuickBooksCustomerRecord(entity)).toThrow(QuickBooksMappingError);
  });
});
