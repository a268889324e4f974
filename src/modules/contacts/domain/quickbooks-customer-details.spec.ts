import { aCustomer } from '../testing/quickbooks-customers.mother';
import { PhoneNumber } from './phone-number';
import { detailsFromQuickBooks } from './quickbooks-customer-details';

describe('a QuickBooks customer read as contact details', () => {
  it('takes Mobile first when it is a mobile, and keeps a landline as other phone', () => {
    const { details, notes } = detailsFromQuickBooks(
      aCustomer(1, { mobile: '07400 123456', primaryPhone: '020 7946 0018' }),
      'GB',
    );
    expect(details).toMatchObject({ mobile: '+447400123456', otherPhone: '+442079460018' });
    expect(notes).toEqual([]);
  });

  it('falls back to PrimaryPhone, then AlternatePhone, for the first that is a mobile', () => {
    const landlineInMobile = aCustomer(1, { mobile: '020 7946 0018', primaryPhone: '07400 123456' });
    expect(detailsFromQuickBooks(landlineInMobile, 'GB').details).toMatchObject({
      mobile: '+447400123456',
      otherPhone: '+442079460018',
    });
    const onlyAlternate = aCustomer(1, {
      mobile: null,
      primaryPhone: '0113 496 0000',
      alternatePhone: '+44 7400 654321',
    });
    expect(detailsFromQuickBooks(onlyAlternate, 'GB').details).toMatchObject({
      mobile: '+447400654321',
      otherPhone: '+441134960000',
    });
  });

  it('keeps a landline-only customer without a mobile', () => {
    const { details } = detailsFromQuickBooks(aCustomer(1, { mobile: null, primaryPhone: '020 7946 0018' }), 'GB');
    expect(details).toMatchObject({ mobile: null, otherPhone: '+442079460018' });
  });

  it('keeps an unparseable number as text and reports it', () => {
    const { details, notes } = detailsFromQuickBooks(aCustomer(1, { mobile: 'call the office' }), 'GB');
    expect(details).toMatchObject({ mobile: null, otherPhone: 'call the office' });
    expect(notes).toEqual(['Mobile "call the office" is not a valid phone number; kept as text']);
  });

  it('reads numbers with the reader given, trimmed, and applies the same rules to what it answers', () => {
    const asked: string[] = [];
    const { details } = detailsFromQuickBooks(
      aCustomer(1, { mobile: ' 07400 123456 ', primaryPhone: '07400 654321' }),
      'GB',
      (text, region) => {
        asked.push(`${region} ${text}`);
        return text === '07400 123456'
          ? PhoneNumber.restore('+447400123456', 'landline')
          : PhoneNumber.parse(text, region);
      },
    );
    expect(asked).toEqual(['GB 07400 123456', 'GB 07400 654321']);
    expect(details).toMatchObject({ mobile: '+447400654321', otherPhone: '+447400123456' });
  });

  it("reads numbers in the account's country", () => {
    const { details } = detailsFromQuickBooks(aCustomer(1, { mobile: '06 12 34 56 78' }), 'FR');
    expect(details.mobile).toBe('+33612345678');
  });

  it('takes the first valid address of an email field holding several, and reports the rest', () => {
    const { details, notes } = detailsFromQuickBooks(
      aCustomer(1, { email: 'Jo@Example.com; accounts@example.com' }),
      'GB',
    );
    expect(details.email).toBe('jo@example.com');
    expect(notes).toEqual(['email field holds 2 addresses; jo@example.com used']);
    const invalid = detailsFromQuickBooks(aCustomer(1, { email: 'jo at example' }), 'GB');
    expect(invalid.details.email).toBeNull();
    expect(invalid.notes).toEqual(['email "jo at example" is not a valid address; not imported']);
  });

  it('falls back to the display name, then the email, when QuickBooks has no name', () => {
    const noNames = { givenName: null, familyName: null, companyName: null };
    expect(
      detailsFromQuickBooks(aCustomer(1, { ...noNames, displayName: 'Jo (deleted)' }), 'GB').details.firstName,
    ).toBe('Jo');
    const byEmail = detailsFromQuickBooks(aCustomer(1, { ...noNames, displayName: null }), 'GB');
    expect(byEmail.details.firstName).toBe('customer1@example.com');
    expect(byEmail.notes).toEqual(['no name in QuickBooks; email used']);
  });

  it('truncates 2,000-character fields to their columns and reports them', () => {
    const long = 'x'.repeat(2000);
    const { details, notes } = detailsFromQuickBooks(
      aCustomer(1, {
        givenName: long,
        companyName: long,
        billingAddress: { lines: [long], city: long, region: null, postalCode: long, country: null },
      }),
      'GB',
    );
    expect(details.firstName).toHaveLength(100);
    expect(details.businessName).toHaveLength(200);
    expect(details.billingAddress?.lines[0]).toHaveLength(200);
    expect(details.billingAddress?.postalCode).toHaveLength(20);
    expect(notes).toEqual(
      expect.arrayContaining(['GivenName truncated to 100 characters', 'CompanyName truncated to 200 characters']),
    );
  });

  it('keeps an address that fits as it is, and drops blank lines and an empty address', () => {
    const billingAddress = {
      lines: ['1 High St', 'Flat 2'],
      city: 'Leeds',
      region: null,
      postalCode: 'LS1 1AA',
      country: 'UK',
    };
    const customer = aCustomer(1, { billingAddress });
    expect(detailsFromQuickBooks(customer, 'GB').details.billingAddress).toBe(billingAddress);
    const padded = aCustomer(1, {
      billingAddress: { lines: [' 1 High St ', '  '], city: 'Leeds', region: null, postalCode: null, country: null },
    });
    expect(detailsFromQuickBooks(padded, 'GB').details.billingAddress).toEqual({
      lines: ['1 High St'],
      city: 'Leeds',
      region: null,
      postalCode: null,
      country: null,
    });
    const empty = aCustomer(1, {
      billingAddress: { lines: [' '], city: null, region: '  ', postalCode: null, country: null },
    });
    expect(detailsFromQuickBooks(empty, 'GB').details.billingAddress).toBeNull();
  });

  it('keeps emoji and non-Latin names whole, truncating by characters not bytes', () => {
    const { details } = detailsFromQuickBooks(aCustomer(1, { givenName: '🌸 Sakura', familyName: '山田太郎' }), 'GB');
    expect(details).toMatchObject({ firstName: '🌸 Sakura', lastName: '山田太郎' });
    const emoji = detailsFromQuickBooks(aCustomer(1, { givenName: '😀'.repeat(150) }), 'GB').details.firstName;
    expect([...(emoji ?? '')]).toHaveLength(100);
  });
});
