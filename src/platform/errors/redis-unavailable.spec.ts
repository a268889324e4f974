import { AppError } from './app-error';
import { isRedisUnreachable, unavailableWhenRedisIsUnreachable } from './redis-unavailable';

describe('an unreachable Redis', () => {
  it('is told apart from a command that failed', () => {
    const maxRetries = Object.assign(new Error('Reached the max retries per request limit'), {
      name: 'MaxRetriesPerRequestError',
    });
    expect(isRedisUnreachable(maxRetries)).toBe(true);
    expect(isRedisUnreachable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isRedisUnreachable(new Error('Connection is closed.'))).toBe(true);
    expect(isRedisUnreachable(new Error('ERR wrong number of arguments for eval'))).toBe(false);
  });

  it('becomes PLATFORM.UNAVAILABLE; any other error stays as it is', () => {
    expect(() => unavailableWhenRedisIsUnreachable(new Error('Connection is closed.'))).toThrow(
      expect.objectContaining({ code: 'PLATFORM.UNAVAILABLE', kind: 'unavailable' }) as AppError,
    );
    const other = new Error('ERR syntax');
    expect(() => unavailableWhenRedisIsUnreachable(other)).toThrow(other);
  });
});
