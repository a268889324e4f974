import { isUuid, newId } from './index';

describe('newId', () => {
  it('makes version 7 UUIDs that sort by creation time', () => {
    const earlier = newId(1_700_000_000_000);
    const later = newId(1_700_000_000_001);
    expect(isUuid(earlier)).toBe(true);
    expect(earlier[14]).toBe('7');
    expect(earlier < later).toBe(true);
  });

  it('writes the milliseconds as its first twelve hex digits, then the version and the variant', () => {
    const id = newId(0x0123456789ab);
    expect(id.slice(0, 15)).toBe('01234567-89ab-7');
    expect('89ab').toContain(id[19]);
    expect(isUuid(id)).toBe(true);
  });

  it('never repeats within the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId(1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });

  it('rejects what is not a UUID', () => {
    expect(isUuid('1 OR 1=1')).toBe(false);
  });
});
