import {
  QuickBooksFaultError,
  QuickBooksObjectNotFoundError,
  QuickBooksStaleObjectError,
} from '../../domain/quickbooks.errors';
import { mapQuickBooksFault, redactSecrets } from './quickbooks-fault.mapper';

const fault = (code: string, type = 'ValidationFault') => ({
  Fault: { Error: [{ Message: 'Message', Detail: `Detail ${code}`, code, element: '' }], type },
  time: '2026-01-01T00:00:00.000-08:00',
});

describe('mapQuickBooksFault', () => {
  it('maps 5010 and 610 to their own errors and keeps status, type, code, detail, intuit_tid, operation', () => {
    const stale = mapQuickBooksFault({ status: 400, body: fault('5010'), intuitTid: 'tid-1' }, 'update invoice/1');
    expect(stale).toBeInstanceOf(QuickBooksStaleObjectError);
    expect(stale).toMatchObject({
      status: 400,
      faultType: 'ValidationFault',
      code: '5010',
      detail: 'Message: Detail 5010',
      intuitTid: 'tid-1',
      operation: 'update invoice/1',
      transient: false,
    });
    expect(mapQuickBooksFault({ status: 400, body: fault('610'), intuitTid: null }, 'read invoice/2')).toBeInstanceOf(
      QuickBooksObjectNotFoundError,
    );
    const system = mapQuickBooksFault({ status: 500, body: fault('10000', 'SystemFault'), intuitTid: 't' }, 'query X');
    expect(system.constructor).toBe(QuickBooksFaultError);
    expect(system.transient).toBe(true);
  });

  it('reads the lower-case fault Intuit sends on some 401s, and a Fault sent as text', () => {
    const body = {
      fault: {
        error: [{ message: 'AuthenticationFailed', detail: 'Token expired', code: '3200' }],
        type: 'AUTHENTICATION',
      },
    };
    expect(mapQuickBooksFault({ status: 401, body, intuitTid: 't' }, 'read preferences')).toMatchObject({
      faultType: 'AUTHENTICATION',
      code: '3200',
      detail: 'AuthenticationFailed: Token expired',
    });
    expect(mapQuickBooksFault({ status: 400, body: JSON.stringify(fault('610')), intuitTid: 't' }, 'r')).toBeInstanceOf(
      QuickBooksObjectNotFoundError,
    );
  });

  it('reads the XML Fault QuickBooks sends on some 429s', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2026-01-01T00:00:00.000-08:00">
  <Fault type="ThrottleExceeded"><Error code="3001"><Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message><Detail>The request limit was reached &amp; more</Detail></Error></Fault>
</IntuitResponse>`;
    expect(mapQuickBooksFault({ status: 429, body: xml, intuitTid: 't' }, 'query Invoice')).toMatchObject({
      status: 429,
      faultType: 'ThrottleExceeded',
      code: '3001',
      detail: 'message=ThrottleExceeded; errorCode=003001; statusCode=429: The request limit was reached & more',
      transient: true,
    });
  });

  it('never fails on HTML, plain, truncated or empty bodies', () => {
    const html = mapQuickBooksFault(
      { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', intuitTid: null },
      'q',
    );
    expect(html).toMatchObject({ status: 502, faultType: 'SystemFault', code: null, detail: '502 Bad Gateway' });
    expect(mapQuickBooksFault({ status: 503, body: 'Service Unavailable', intuitTid: null }, 'q').detail).toBe(
      'Service Unavailable',
    );
    expect(mapQuickBooksFault({ status: 500, body: '{"Fault": {', intuitTid: null }, 'q').detail).toBe('{"Fault": {');
    expect(mapQuickBooksFault({ status: 429, body: '', intuitTid: null }, 'q')).toMatchObject({
      faultType: 'ThrottleExceeded',
      detail: 'no body',
    });
    expect(mapQuickBooksFault({ status: 500, body: undefined, intuitTid: null }, 'q').detail).toBe('no body');
    expect(mapQuickBooksFault({ status: 404, body: { unexpected: true }, intuitTid: null }, 'q').faultType).toBe(
      'HttpError',
    );
    expect(mapQuickBooksFault({ status: 500, body: 'x'.repeat(2000), intuitTid: null }, 'q').detail).toHaveLength(503);
  });

  it('redacts a token, or the start of one, from the detail', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.secret-part';
    const body = fault('3200', 'AuthenticationFault');
    body.Fault.Error[0].Detail = `Token expired: ${token.slice(0, 12)}...`;
    const error = mapQuickBooksFault({ status: 401, body, intuitTid: 't' }, 'read preferences', [token]);
    expect(error.detail).toBe('Message: Token expired: [redacted]...');
    expect(error.message).not.toContain(token.slice(0, 8));
    expect(redactSecrets(`a ${token} b`, [token])).toBe('a [redacted] b');
    expect(redactSecrets('short eyJh', [token])).toBe('short eyJh');
  });
});
