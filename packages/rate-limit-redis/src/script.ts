/**
 * The one Lua script that runs every store operation atomically inside Redis, on Redis's clock (`TIME`), so
 * that the processes sharing a limit can disagree about the time without breaking it.
 *
 * KEYS[1] `…:slots`: a sorted set, one member per slot taken in the window, scored by the time the slot ENDS:
 *   an in-flight attempt at grant + leaseMs (when it would expire if its process died), an ended one at its
 *   end. A member counts while its score > now - windowMs, so in-flight ones (score > now) always count.
 * KEYS[2] `…:pause`: exists (with a PX expiry) while a 429's Retry-After holds every process back.
 *
 * ARGV[1] is the operation:
 *   reserve limit windowMs leaseMs lease -> {1, lease} | {0, waitMs}
 *   release lease                        -> {1}   (rescore an in-flight member to now; unknown ones ignored)
 *   pause ms                             -> {1}   (never shortens a longer pause)
 *
 * The waitMs of a full window: the (count - limit + 1)-th member to leave it must leave first. Ended members
 * (score <= now) leave at score + windowMs and sort before in-flight ones, which can leave at the earliest
 * windowMs from now (if they ended right now).
 *
 * Needs Redis 6.2+ (ZADD XX LT).
 */
export const SCRIPT = `local slots, pause = KEYS[1], KEYS[2]
local op = ARGV[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if op == 'reserve' then
  local limit, window, leaseMs = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
  local paused = redis.call('PTTL', pause)
  if paused > 0 then return {0, paused} end
  redis.call('ZREMRANGEBYSCORE', slots, '-inf', now - window)
  local count = redis.call('ZCARD', slots)
  if count < limit then
    redis.call('ZADD', slots, now + leaseMs, ARGV[5])
    local keep = leaseMs + window
    if redis.call('PTTL', slots) < keep then redis.call('PEXPIRE', slots, keep) end
    return {1, ARGV[5]}
  end
  local entry = redis.call('ZRANGE', slots, count - limit, count - limit, 'WITHSCORES')
  local ends = tonumber(entry[2])
  if ends > now then return {0, window} end
  return {0, ends + window - now}
elseif op == 'release' then
  redis.call('ZADD', slots, 'XX', 'LT', now, ARGV[2])
  return {1}
elseif op == 'pause' then
  local ms = tonumber(ARGV[2])
  if redis.call('PTTL', pause) < ms then redis.call('SET', pause, '1', 'PX', ms) end
  return {1}
end
return redis.error_reply('openphone-sdk rate-limit script: unknown operation')
`;
