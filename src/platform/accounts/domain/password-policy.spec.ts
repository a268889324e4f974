import { passwordProblem } from './password-policy';

describe('passwordProblem (NIST SP 800-63B)', () => {
  it.each([
    ['correct horse battery staple'],
    ['no digits no capitals at all'],
    ['Ünïcödé pässwörd'],
    ['ab'.repeat(128)],
  ])('accepts %s', (password) => {
    expect(passwordProblem(password)).toBeUndefined();
  });

  it.each([
    ['nine char', /at least 10/],
    ['a'.repeat(257), /at most 256/],
    ['\t'.repeat(10), /only spaces/],
    ['\u00A0'.repeat(10), /only spaces/],
    ['zzzzzzzzzzzz', /one character repeated/],
    ['1234567890', /too common/],
    ['QWERTYUIOP', /too common/],
  ])('refuses %j', (password, why) => {
    expect(passwordProblem(password)).toMatch(why);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(passwordProblem('🔑🦆'.repeat(5))).toBeUndefined();
    expect(passwordProblem('🔑🦆🔑🦆')).toMatch(/at least 10/);
  });
});
