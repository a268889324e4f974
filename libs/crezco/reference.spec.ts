import { CREZCO_REFERENCE_MAX_LENGTH, crezcoReference, crezcoReferenceProblem } from './reference';

describe('crezcoReference', () => {
  it('keeps an invoice number that already fits', () => {
    expect(crezcoReference('INV-00042')).toBe('INV-00042');
    expect(crezcoReference('1001')).toBe('1001');
  });

  it('upper-cases and turns other characters into single hyphens', () => {
    expect(crezcoReference('inv/2026_007')).toBe('INV-2026-007');
    expect(crezcoReference('A & B  Ltd #12')).toBe('A-B LTD-12');
    expect(crezcoReference('Façade 1')).toBe('FA-ADE 1');
  });

  it('keeps the last 18 characters of a longer number, with no separator left in front', () => {
    expect(crezcoReference('INVOICE-2026-000123')).toBe('NVOICE-2026-000123');
    expect(crezcoReference('ABCD-0123456789-ABCDEFG')).toBe('0123456789-ABCDEFG');
    expect(crezcoReference('X'.repeat(40))).toHaveLength(CREZCO_REFERENCE_MAX_LENGTH);
  });

  it('falls back when nothing usable is left', () => {
    expect(crezcoReference('///')).toBe('INVOICE');
    expect(crezcoReference('', 'SETTLE')).toBe('SETTLE');
  });

  it('always gives a reference the sandbox accepts', () => {
    for (const input of ['inv/2026_007', 'INVOICE-2026-000123', '  x  ', 'Ünïcødé-№-42', '-'.repeat(30) + 'z']) {
      expect(crezcoReferenceProblem(crezcoReference(input))).toBeUndefined();
    }
  });
});

describe('crezcoReferenceProblem', () => {
  it('accepts up to 18 characters of A-Z, 0-9, space and hyphen', () => {
    expect(crezcoReferenceProblem('INV 0042-A')).toBeUndefined();
    expect(crezcoReferenceProblem('X'.repeat(18))).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(crezcoReferenceProblem('X'.repeat(19))).toBe('The reference must be at most 18 characters.');
    expect(crezcoReferenceProblem('inv-1')).toBe('The reference may only contain A-Z, 0-9, spaces and hyphens.');
    expect(crezcoReferenceProblem('INV/1')).toBe('The reference may only contain A-Z, 0-9, spaces and hyphens.');
    expect(crezcoReferenceProblem('  ')).toBe('The reference must not be empty.');
  });
});
