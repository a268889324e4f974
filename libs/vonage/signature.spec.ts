import { SMS } from '@vonage/sms';
import {
  signVonageParams,
  verifyVonageSignature,
  VONAGE_SIGNATURE_METHODS,
  type VonageSignatureMethod,
  vonageSdkCredentials,
} from './index';

/** The receipt and secret of the test vector in shared/providers/vonage.md ("Signatures"). */
const RECEIPT: Record<string, string> = {
  msisdn: '447700900000',
  to: 'AcmeInc',
  'network-code': '23410',
  messageId: '0A0000001234567B',
  price: '0.03330000',
  status: 'delivered',
  scts: '2001011400',
  'err-code': '0',
  'api-key': 'abcd1234',
  'message-timestamp': '2020-01-01 12:00:00',
  timestamp: '1582650446',
  nonce: 'ec11dd3e-1e7f-4db5-9467-82b02cd223b9',
  'client-ref': 'att_42',
};
const SECRET = 'test-signature-secret';
const SIGNED_AT = new Date(1582650446 * 1000);

type SdkAlgorithm = Parameters<SMS['verifySignature']>[3];
const SDK_ALGORITHM: Record<VonageSignatureMethod, string> = {
  md5hash: 'MD5HASH',
  md5: 'MD5HMAC',
  sha1: 'SHA1HMAC',
  sha256: 'SHA256HMAC',
  sha512: 'SHA512HMAC',
};

describe('signVonageParams', () => {
  it('gives the documented SHA-256 HMAC and MD5 hash of the test vector', () => {
    expect(signVonageParams(RECEIPT, SECRET, 'sha256')).toBe(
      '8BEE95A06FA29AC6BF96AE1CF22A3D67EEF34967C6089BB42928654E07DB2F98',
    );
    expect(signVonageParams(RECEIPT, SECRET, 'md5hash')).toBe('202CB89D1F61B950C5CDC9E74225A022');
  });

  it('ignores an existing sig and the order of the keys', () => {
    const reordered = Object.fromEntries(Object.entries(RECEIPT).reverse());
    expect(signVonageParams({ ...reordered, sig: 'anything' }, SECRET, 'sha256')).toBe(
      signVonageParams(RECEIPT, SECRET, 'sha256'),
    );
  });

  it('signs & and = inside values as _', () => {
    const withSeparators = { ...RECEIPT, 'client-ref': 'a&b=c' };
    expect(signVonageParams(withSeparators, SECRET, 'sha1')).toBe(
      signVonageParams({ ...RECEIPT, 'client-ref': 'a_b_c' }, SECRET, 'sha1'),
    );
  });

  it.each(VONAGE_SIGNATURE_METHODS)('agrees with verifySignature of @vonage/sms for %s', (method) => {
    const sms = new SMS(vonageSdkCredentials('abcd1234', 'api-secret'));
    const params = { ...RECEIPT, text: 'Café & co = £5 €' };
    const sig = signVonageParams(params, SECRET, method);
    expect(sms.verifySignature(sig, params, SECRET, SDK_ALGORITHM[method] as SdkAlgorithm)).toBe(true);
    expect(sms.verifySignature(sig, { ...params, price: '0.1' }, SECRET, SDK_ALGORITHM[method] as SdkAlgorithm)).toBe(
      false,
    );
  });
});

describe('verifyVonageSignature', () => {
  const signed: Record<string, string> = {
    ...RECEIPT,
    sig: '8BEE95A06FA29AC6BF96AE1CF22A3D67EEF34967C6089BB42928654E07DB2F98',
  };

  it('accepts the test vector at the time it was signed, whatever the case of sig', () => {
    expect(verifyVonageSignature(signed, SECRET, 'sha256', SIGNED_AT)).toBe('valid');
    expect(verifyVonageSignature({ ...signed, sig: signed.sig.toLowerCase() }, SECRET, 'sha256', SIGNED_AT)).toBe(
      'valid',
    );
    const md5 = { ...RECEIPT, sig: '202cb89d1f61b950c5cdc9e74225a022' };
    expect(verifyVonageSignature(md5, SECRET, 'md5hash', SIGNED_AT)).toBe('valid');
  });

  it('says missing without sig or timestamp', () => {
    expect(verifyVonageSignature(RECEIPT, SECRET, 'sha256', SIGNED_AT)).toBe('missing');
    expect(verifyVonageSignature({ ...signed, sig: '' }, SECRET, 'sha256', SIGNED_AT)).toBe('missing');
    const { timestamp: _omitted, ...untimed } = signed;
    expect(verifyVonageSignature(untimed, SECRET, 'sha256', SIGNED_AT)).toBe('missing');
  });

  it('says mismatch for a changed field, another secret, another method or a truncated sig', () => {
    expect(verifyVonageSignature({ ...signed, status: 'failed' }, SECRET, 'sha256', SIGNED_AT)).toBe('mismatch');
    expect(verifyVonageSignature(signed, 'other-secret', 'sha256', SIGNED_AT)).toBe('mismatch');
    expect(verifyVonageSignature(signed, SECRET, 'sha512', SIGNED_AT)).toBe('mismatch');
    expect(verifyVonageSignature({ ...signed, sig: signed.sig.slice(0, 32) }, SECRET, 'sha256', SIGNED_AT)).toBe(
      'mismatch',
    );
  });

  it('says stale when the timestamp is more than the allowed skew away, either way', () => {
    const later = (seconds: number) => new Date(SIGNED_AT.getTime() + seconds * 1000);
    expect(verifyVonageSignature(signed, SECRET, 'sha256', later(300))).toBe('valid');
    expect(verifyVonageSignature(signed, SECRET, 'sha256', later(-300))).toBe('valid');
    expect(verifyVonageSignature(signed, SECRET, 'sha256', later(301))).toBe('stale');
    expect(verifyVonageSignature(signed, SECRET, 'sha256', later(-301))).toBe('stale');
    expect(verifyVonageSignature(signed, SECRET, 'sha256', later(3600), 3600)).toBe('valid');
  });

  it('says stale for a correctly signed timestamp that is not Unix seconds', () => {
    const params = { ...RECEIPT, timestamp: '2020-02-25T17:07:26Z' };
    const sig = signVonageParams(params, SECRET, 'sha256');
    expect(verifyVonageSignature({ ...params, sig }, SECRET, 'sha256', SIGNED_AT)).toBe('stale');
  });
});
