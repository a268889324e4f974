/**
 * Lua for Vonage's per-key throughput, run atomically on Redis' own clock (TIME) so every process
 * agrees. KEYS[1]: sorted set of requests; a request's score is when it ended (or, while in flight,
 * when its lease ends), and it counts until a window after that. Vonage counts a request when it
 * arrives, somewhere between its start and its end here; so any requests Vonage sees within one
 * window were all counted here at the same moment, and never more than the limit are.
 */
const NOW = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)`;

/**
 * ARGV: windowMs, requests allowed, request id, leaseMs. Returns 0 when the request may go now
 * (it is counted, in flight), else the milliseconds until the oldest request stops counting.
 */
export const TAKE_SLOT_SCRIPT = `${NOW}
local windowMs = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + windowMs - now + 1
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], windowMs + tonumber(ARGV[4]))
return 0`;

/** ARGV: request id, windowMs. The request ended now: it counts for one more window. */
export const END_REQUEST_SCRIPT = `${NOW}
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[1])
end
return 1`;
