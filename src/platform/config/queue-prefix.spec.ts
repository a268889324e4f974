import { queuePrefixOf } from './queue-prefix';
import { redisConfig } from './settle.config';

describe('the default queue prefix', () => {
  it('is named after the database and differs for every database, host and port', () => {
    const prefixes = [
      'postgres://postgres@127.0.0.1:5432/settle',
      'postgres://postgres@127.0.0.1:5432/settle_staging',
      'postgres://postgres@db.internal:5432/settle',
      'postgres://postgres@127.0.0.1:6432/settle',
    ].map(queuePrefixOf);
    expect(prefixes[0]).toMatch(/^settle:settle:[0-9a-f]{12}$/);
    expect(prefixes[1]).toMatch(/^settle:settle_staging:[0-9a-f]{12}$/);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('is the same for two processes of one deployment, whoever they connect as', () => {
    expect(queuePrefixOf('postgres://api:secret@DB.internal/settle')).toBe(
      queuePrefixOf('postgresql://worker@db.internal:5432/settle'),
    );
  });

  describe('in the configuration', () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env = { ...saved };
    });

    it('is derived from DATABASE_URL when QUEUE_PREFIX is unset', () => {
      delete process.env.QUEUE_PREFIX;
      process.env.DATABASE_URL = 'postgres://postgres@10.0.0.5:5432/settle_eu';
      expect(redisConfig().queuePrefix).toBe(queuePrefixOf('postgres://postgres@10.0.0.5:5432/settle_eu'));
    });

    it('is QUEUE_PREFIX when it is set', () => {
      process.env.QUEUE_PREFIX = 'settle-eu';
      expect(redisConfig().queuePrefix).toBe('settle-eu');
    });
  });
});
