import { isNewerVersion } from './quickbooks-version';

const at = (iso: string) => new Date(iso);

describe('isNewerVersion', () => {
  it('follows SyncToken as a number, not as text', () => {
    expect(
      isNewerVersion({ syncToken: '10', updatedAt: at('2026-01-01') }, { syncToken: '9', updatedAt: at('2026-01-02') }),
    ).toBe(true);
    expect(
      isNewerVersion({ syncToken: '9', updatedAt: at('2026-01-03') }, { syncToken: '10', updatedAt: at('2026-01-02') }),
    ).toBe(false);
  });

  it('falls back to LastUpdatedTime for equal tokens, and an equal revision is not newer', () => {
    expect(
      isNewerVersion({ syncToken: '3', updatedAt: at('2026-01-02') }, { syncToken: '3', updatedAt: at('2026-01-01') }),
    ).toBe(true);
    expect(
      isNewerVersion({ syncToken: '3', updatedAt: at('2026-01-01') }, { syncToken: '3', updatedAt: at('2026-01-01') }),
    ).toBe(false);
  });
});
