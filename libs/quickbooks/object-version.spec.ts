import { compareVersions } from './object-version';

const at = (iso: string) => new Date(iso);

describe('compareVersions', () => {
  it('follows SyncToken as a whole number, not as text', () => {
    expect(
      compareVersions(
        { syncToken: '10', updatedAt: at('2026-01-01') },
        { syncToken: '9', updatedAt: at('2026-01-02') },
      ),
    ).toBe('newer');
    expect(
      compareVersions(
        { syncToken: '9', updatedAt: at('2026-01-03') },
        { syncToken: '10', updatedAt: at('2026-01-02') },
      ),
    ).toBe('older');
  });

  it('compares tokens beyond a double’s precision exactly', () => {
    expect(
      compareVersions(
        { syncToken: '9007199254740993', updatedAt: at('2026-01-01') },
        { syncToken: '9007199254740992', updatedAt: at('2026-01-02') },
      ),
    ).toBe('newer');
  });

  it('falls back to LastUpdatedTime for equal or non-numeric tokens, and an equal revision is the same', () => {
    expect(
      compareVersions({ syncToken: '3', updatedAt: at('2026-01-02') }, { syncToken: '3', updatedAt: at('2026-01-01') }),
    ).toBe('newer');
    expect(
      compareVersions({ syncToken: 'x', updatedAt: at('2026-01-01') }, { syncToken: '4', updatedAt: at('2026-01-02') }),
    ).toBe('older');
    expect(
      compareVersions({ syncToken: '3', updatedAt: at('2026-01-01') }, { syncToken: '3', updatedAt: at('2026-01-01') }),
    ).toBe('same');
  });
});
