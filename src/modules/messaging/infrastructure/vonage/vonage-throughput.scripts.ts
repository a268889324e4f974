/**
 * Lua for Vonage's per-key throughput, run atomically on Redis' own clock (TIME) so every process
 * agrees. KEYS[1]: sorted set of the requests started in the window (score: start time).
 * ARGV: windowMs, requests allowed in the window, request id.
 * Returns 0 when the request may go now, else the milliseconds until the oldest leaves the window.
 */
export const TAKE_SLOT_SCRIPT = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local windowMs = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + windowMs - now + 1
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], windowMs)
return 0`;
