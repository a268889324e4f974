import { createHmac } from 'node:crypto';
import { verifyIntuitSignature } from './intuit-signature';

const TOKEN = 'verifier-token-7f3a';
const BODY = Buffer.concat([
  Buffer.from('{"eventNotifications":[{"realmId":"9130","note":"Zoë – ₤ 東京 '),
  Buffer.from([0xf0, 0x9f, 0x98, 0x80]),
  Buffer.from('"}]}'),
]);
const sign = (body: Buffer, token = TOKEN): string => createHmac('sha256', token).update(body).digest('base64');

describe('verifyIntuitSignature', () => {
  it('accepts base64(HMAC-SHA256(verifier token, raw body)) over non-ASCII bytes', () => {
    expect(verifyIntuitSignature(BODY, sign(BODY), TOKEN)).toBe(true);
    expect(verifyIntuitSignature(BODY, ` ${sign(BODY)} `, TOKEN)).toBe(true);
  });

  it('refuses a signature of another body, another token, or the body re-encoded', () => {
    const tampered = Buffer.from(BODY);
    tampered[tampered.length - 3] ^= 1;
    expect(verifyIntuitSignature(tampered, sign(BODY), TOKEN)).toBe(false);
    expect(verifyIntuitSignature(BODY, sign(BODY, 'other-token'), TOKEN)).toBe(false);
    expect(verifyIntuitSignature(Buffer.from(BODY.toString('latin1'), 'utf8'), sign(BODY), TOKEN)).toBe(false);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not base64', '!!!not-base64!!!'],
    ['hex instead of base64', createHmac('sha256', TOKEN).update(BODY).digest('hex')],
    ['too short', sign(BODY).slice(0, 20)],
    [
      'truncated digest',
      Buffer.from(createHmac('sha256', TOKEN).update(BODY).digest().subarray(0, 31)).toString('base64'),
    ],
    [
      'too long',
      Buffer.concat([createHmac('sha256', TOKEN).update(BODY).digest(), Buffer.from([0])]).toString('base64'),
    ],
    ['missing padding', sign(BODY).replace(/=+$/, '')],
  ])('is false, never throws, for a %s signature', (_label, header) => {
    expect(verifyIntuitSignature(BODY, header, TOKEN)).toBe(false);
  });

  it('is false with an empty verifier token, even for a matching HMAC', () => {
    expect(verifyIntuitSignature(BODY, sign(BODY, ''), '')).toBe(false);
  });
});
