/**
 * Lua functions prepended to the scripts that need them. They mirror memory-limits.ts:
 * a rate entry at t counts while t > now - window; a slot lives while its expiry > now;
 * a rolling bucket starting at b counts while b > now - window.
 * Budget specs are flat: mode, a, b (fixed: a = ttlMs or -1; rolling: a = windowMs, b = bucketMs).
 */
export const SHARED_FUNCTIONS = `
local function extend_ttl(key, ms)
  local pttl = redis.call('PTTL', key)
  if pttl ~= -2 and pttl < ms then redis.call('PEXPIRE', key, ms) end
end

local function count_rate(key, window_ms, now)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window_ms)
  return redis.call('ZCARD', key)
end

local function live_slots(key, now)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  return redis.call('ZCARD', key)
end

local function claim_slot(key, member, ttl_ms, now)
  redis.call('ZADD', key, now + ttl_ms, member)
  extend_ttl(key, ttl_ms)
end

local function read_budget(key, mode, window_ms, now)
  if mode == 'fixed' then return tonumber(redis.call('GET', key) or '0') end
  local fields = redis.call('HGETALL', key)
  local total = 0
  for i = 1, #fields, 2 do
    if tonumber(fields[i]) <= now - window_ms then
      redis.call('HDEL', key, fields[i])
    else
      total = total + tonumber(fields[i + 1])
    end
  end
  return total
end

-- amount may be negative (settlement); no counter or bucket goes below 0
local function add_to_budget(key, mode, a, b, amount, at)
  if mode == 'fixed' then
    local existed = redis.call('EXISTS', key)
    if redis.call('INCRBY', key, amount) < 0 then redis.call('SET', key, '0', 'KEEPTTL') end
    if existed == 0 and a >= 0 then redis.call('PEXPIRE', key, a) end
    return
  end
  local bucket = math.floor(at / b) * b
  if redis.call('HINCRBY', key, bucket, amount) <= 0 then redis.call('HDEL', key, bucket) end
  extend_ttl(key, a + b)
end
`;
