import { generateCompany } from '../../../../libs/sandbox/quickbooks/generator';
import { PhoneNumber } from '../domain/phone-number';
import { readingOf } from '../domain/phone-readings';
import { PhoneReadingThread } from './phone-reading-thread';

describe('PhoneReadingThread', () => {
  const thread = new PhoneReadingThread();

  afterAll(() => thread.onModuleDestroy());

  it("reads every number of a company, valid or not, as PhoneNumber.parse does, in the request's order", async () => {
    const { customers } = generateCompany({ seed: 'phone-reading-thread', customers: 500, invoices: 1 });
    const texts = customers.flatMap((customer) =>
      [customer.Mobile, customer.PrimaryPhone, customer.AlternatePhone].flatMap((phone) =>
        phone ? [phone.FreeFormNumber] : [],
      ),
    );
    texts.push('n/a', '+44 7911 1234567', '07400 123456 ext 2');

    for (const region of ['GB', 'US']) {
      const read = await thread.read(texts, region);
      expect(read).toEqual(texts.map((text) => readingOf(PhoneNumber.parse(text, region))));
    }
  });
});
