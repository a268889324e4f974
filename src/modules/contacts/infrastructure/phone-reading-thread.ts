import { extname, join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { PhoneReading } from '../contracts/read-quickbooks-customer-phones.query';
import { WorkerThread } from '../../../platform/process/worker-thread';
import type { PhoneReadingRequest } from './phone-reading.thread';

/** Reads phone numbers on a thread beside the main one: the same answers as PhoneNumber.parse, in order. */
@Injectable()
export class PhoneReadingThread implements OnModuleDestroy {
  private readonly thread = new WorkerThread<PhoneReadingRequest, (PhoneReading | null)[]>(
    join(__dirname, `phone-reading.thread${extname(__filename)}`),
  );

  read(texts: string[], defaultRegion: string): Promise<(PhoneReading | null)[]> {
    return this.thread.request({ texts, defaultRegion });
  }

  onModuleDestroy(): Promise<void> {
    return this.thread.close();
  }
}
