import { censor, maskEmail, maskPhone } from './redaction';

describe('log redaction', () => {
  it('masks emails to their first letter and domain', () => {
    expect(maskEmail('jane.doe@example.co.uk')).toBe('j***@example.co.uk');
    expect(maskEmail('not-an-email')).toBe('***');
  });

  it('keeps only the last three digits of a phone number', () => {
    expect(maskPhone('+447911123456')).toBe('***456');
  });

  it('removes secrets whatever their value', () => {
    expect(censor('hunter2hunter2', ['body', 'password'])).toBe('[Redacted]');
    expect(censor('Bearer abc', ['req', 'headers', 'authorization'])).toBe('[Redacted]');
    expect(censor('jane@example.com', ['user', 'email'])).toBe('j***@example.com');
    expect(censor('+447911123456', ['contact', 'mobile'])).toBe('***456');
  });
});
