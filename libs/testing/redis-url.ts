/** The Redis the tests use: REDIS_URL when set (read at each call: a test may point it elsewhere), else the local one. */
export function testRedisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}
