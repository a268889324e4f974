import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  type CustomerPhoneReadings,
  ReadQuickBooksCustomerPhonesQuery,
} from '../../contracts/read-quickbooks-customer-phones.query';
import { phoneTextsOf } from '../../domain/phone-readings';
import { PhoneReadingThread } from '../../infrastructure/phone-reading-thread';

@QueryHandler(ReadQuickBooksCustomerPhonesQuery)
export class ReadQuickBooksCustomerPhonesHandler implements IQueryHandler<ReadQuickBooksCustomerPhonesQuery> {
  constructor(private readonly thread: PhoneReadingThread) {}

  async execute({ customers, defaultRegion }: ReadQuickBooksCustomerPhonesQuery): Promise<CustomerPhoneReadings> {
    const texts = phoneTextsOf(customers);
    const read = await this.thread.read(texts, defaultRegion);
    return { defaultRegion, readings: new Map(texts.map((text, index) => [text, read[index]])) };
  }
}
