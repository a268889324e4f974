import type { QuickBooksCustomerRecord } from '../contracts/quickbooks-customer.record';
import { aCustomer } from '../testing/quickbooks-customers.mother';
import { PhoneNumber } from './phone-number';
import { phoneReaderWith, phoneTextsOf, readingOf } from './phone-readings';

describe('phone readings', () => {
  it('lists the phone fields as detailsFromQuickBooks reads them: trimmed, each text once, blanks left out', () => {
    const customers: QuickBooksCustomerRecord[] = [
      aCustomer(1, { mobile: ' 07400 123456 ', primaryPhone: '020 7946 0018', alternatePhone: '  ' }),
      aCustomer(2, { mobile: '07400 123456', primaryPhone: null, alternatePhone: 'ask at the desk' }),
    ];
    expect(phoneTextsOf(customers)).toEqual(['07400 123456', '020 7946 0018', 'ask at the desk']);
  });

  it('reads a number as PhoneNumber.parse answered it', () => {
    expect(readingOf(PhoneNumber.parse('07400 123456', 'GB'))).toEqual({ e164: '+447400123456', kind: 'mobile' });
    expect(readingOf(PhoneNumber.parse('020 7946 0018', 'GB'))).toEqual({ e164: '+442079460018', kind: 'landline' });
    expect(readingOf(PhoneNumber.parse('n/a', 'GB'))).toBeNull();
  });

  describe('a reader with readings', () => {
    // Readings that PhoneNumber.parse would never give, so that the test sees which answered.
    const read = phoneReaderWith({
      defaultRegion: 'GB',
      readings: new Map([
        ['07400 123456', { e164: '+447400999999', kind: 'landline' as const }],
        ['020 7946 0018', null],
      ]),
    });

    it('answers the numbers it holds for their region as they were read', () => {
      expect(read('07400 123456', 'GB')).toMatchObject({ e164: '+447400999999', kind: 'landline' });
      expect(read('020 7946 0018', 'GB')).toBeNull();
    });

    it('reads any other number itself, and any number for another region', () => {
      expect(read('07400 654321', 'GB')).toMatchObject({ e164: '+447400654321', kind: 'mobile' });
      expect(read('020 7946 0018', 'FR')).toEqual(PhoneNumber.parse('020 7946 0018', 'FR'));
    });
  });

  it('reads every number itself without readings', () => {
    expect(phoneReaderWith(null)).toBe(PhoneNumber.parse);
  });
});
