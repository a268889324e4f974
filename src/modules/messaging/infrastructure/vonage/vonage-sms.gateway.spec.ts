import fs from 'node:fs';
import { readMessagingConfig } from '../messaging.config';
import { VonageSmsGateway } from './vonage-sms.gateway';
import type { VonageThroughput } from './vonage-throughput';

describe('VonageSmsGateway', () => {
  afterEach(() => jest.restoreAllMocks());

  // See vonageSdkCredentials: Node.js 24 deprecates fs.existsSync of anything but a path (DEP0187).
  it('hands the SDK no missing private key to look for as a file', () => {
    const existsSync = jest.spyOn(fs, 'existsSync');
    const config = readMessagingConfig({ PUBLIC_URL: 'http://127.0.0.1:3000' });
    // The throughput is used only to send, which this test does not.
    new VonageSmsGateway(config, {} as VonageThroughput);
    expect(existsSync).toHaveBeenCalled();
    for (const [path] of existsSync.mock.calls) expect(typeof path).toBe('string');
  });
});
