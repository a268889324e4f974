import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { readMessagingConfig, VonageEnvironment } from './messaging.config';

const envExample = (): Record<string, string> =>
  Object.fromEntries(
    readFileSync(join(__dirname, '../../../../.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_0-9]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

const messageOf = (work: () => unknown): string => {
  try {
    work();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the VONAGE_* configuration', () => {
  it("defaults to Vonage's host, 30 requests a second and md5hash, with the receipt URL under PUBLIC_URL", () => {
    expect(readMessagingConfig({ PUBLIC_URL: 'https://settle.example/' })).toMatchObject({
      apiBaseUrl: 'https://rest.nexmo.com',
      throughputPerSecond: 30,
      signatureMethod: 'md5hash',
      signatureSecret: null,
      configured: false,
      deliveryReceiptUrl: 'https://settle.example/webhooks/vonage/delivery-receipts',
    });
  });

  it('names every malformed variable', () => {
    const message = messageOf(() =>
      readMessagingConfig({
        VONAGE_API_KEY: 'key',
        VONAGE_SIGNATURE_METHOD: 'sha384',
        VONAGE_API_BASE_URL: 'https://rest.nexmo.com/sms/json',
        VONAGE_THROUGHPUT_PER_SECOND: '0',
        VONAGE_DEFAULT_SENDER: 'A name far too long',
      }),
    );
    for (const name of [
      'VONAGE_SIGNATURE_METHOD',
      'VONAGE_API_BASE_URL',
      'VONAGE_THROUGHPUT_PER_SECOND',
      'VONAGE_DEFAULT_SENDER',
      'VONAGE_API_SECRET',
    ]) {
      expect(message).toContain(name);
    }
  });

  it('reads .env.example as it is, which lists every VONAGE_* variable', () => {
    const example = envExample();
    expect(readMessagingConfig(example)).toMatchObject({ configured: false, defaultSender: 'Settle' });
    const declared = getMetadataStorage()
      .getTargetValidationMetadatas(VonageEnvironment, '', true, false)
      .map((rule) => rule.propertyName);
    expect(Object.keys(example)).toEqual(expect.arrayContaining([...new Set(declared)]));
  });
});
