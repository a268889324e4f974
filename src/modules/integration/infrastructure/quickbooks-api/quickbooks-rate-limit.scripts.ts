/**
 * Lua for the per-realm limiter, run atomically in Redis on Redis' own clock (TIME), so every
 * process agrees. KEYS[1]: sorted set of requests in the window (score: start time, moved to the
 * end time on release). KEYS[2]: sorted set of concurrency leases (score: lease expiry).
 */

const NOW = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)`;

/**
 * ARGV: windowMs, requestsPerWindow, concurrentRequests, leaseMs, slot id.
 * Returns {1, 0} when admitted; {0, -1} when all concurrency slots are taken; {0, ms} when the
 * window is full, ms being the time until its oldest request leaves it.
 */
export const ACQUIRE_SCRIPT = `${NOW}
local windowMs = tonumber(ARGV[1])
local leaseMs = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then
  return {0, -1}
end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + windowMs - now + 1}
end
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('ZADD', KEYS[2], now + leaseMs, ARGV[5])
redis.call('PEXPIRE', KEYS[1], windowMs + leaseMs)
redis.call('PEXPIRE', KEYS[2], leaseMs)
return {1, 0}`;

/**
 * ARGV: slot id, windowMs, leaseMs. Frees the concurrency slot and counts the request in the
 * window from the moment it ended: QuickBooks saw it at some time before that, so the window we
 * keep is never shorter than the one QuickBooks keeps.
 */
export const RELEASE_SCRIPT = `${NOW}
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + tonumber(ARGV[3]))
return 1`;
