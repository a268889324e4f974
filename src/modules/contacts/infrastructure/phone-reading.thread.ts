import type { PhoneReading } from '../contracts/read-quickbooks-customer-phones.query';
import { answerRequests } from '../../../platform/process/worker-thread';
import { PhoneNumber } from '../domain/phone-number';
import { readingOf } from '../domain/phone-readings';

export interface PhoneReadingRequest {
  texts: string[];
  defaultRegion: string;
}

/** The phone-reading thread (see PhoneReadingThread): reads each text as PhoneNumber.parse does. */
answerRequests<PhoneReadingRequest, (PhoneReading | null)[]>(({ texts, defaultRegion }) =>
  texts.map((text) => readingOf(PhoneNumber.parse(text, defaultRegion))),
);
