/**
 * Mirrors applyBreakerOutcome in ../breaker-transition.ts; change both together.
 * KEYS: breaker hash (fields status, failures, successes, openedAt, openUntil, reason, updatedAt;
 * a null is an absent field). ARGV: outcome, now, failureThreshold, openDurationMs,
 * halfOpenSuccesses, hasReason 0|1, reason, ttlMs.
 * Returns {status, failures, successes, openedAt|nil, openUntil|nil, reason|nil, updatedAt}.
 */
export const RECORD_BREAKER_OUTCOME_SCRIPT = `
local key, outcome = KEYS[1], ARGV[1]
local now, threshold = tonumber(ARGV[2]), tonumber(ARGV[3])
local open_ms, needed = tonumber(ARGV[4]), tonumber(ARGV[5])
local reason = false
if ARGV[6] == '1' then reason = ARGV[7] end
local ttl = tonumber(ARGV[8])

local s = {
  status = 'closed', failures = 0, successes = 0, openedAt = false, openUntil = false, reason = false, updatedAt = 0,
}
local raw = redis.call('HGETALL', key)
for i = 1, #raw, 2 do s[raw[i]] = raw[i + 1] end
s.failures, s.successes, s.updatedAt = tonumber(s.failures), tonumber(s.successes), tonumber(s.updatedAt)
if s.openedAt then s.openedAt = tonumber(s.openedAt) end
if s.openUntil then s.openUntil = tonumber(s.openUntil) end

local function reply()
  return { s.status, s.failures, s.successes, s.openedAt, s.openUntil, s.reason, s.updatedAt }
end

local function open()
  s.status, s.successes = 'open', 0
  s.openedAt, s.openUntil, s.reason = now, now + open_ms, reason
end

local status = s.status
if status == 'open' and s.openUntil and now >= s.openUntil then status = 'half-open' end
if status == 'open' then return reply() end

if status == 'closed' then
  if outcome == 'success' then
    s.failures, s.successes = 0, 0
  else
    s.failures = s.failures + 1
    if s.failures >= threshold then open() end
  end
elseif outcome == 'failure' then
  open()
else
  s.successes = s.successes + 1
  if s.successes >= needed then
    s.status, s.failures, s.successes, s.openUntil = 'closed', 0, 0, false
  else
    s.status = 'half-open'
  end
end
s.updatedAt = now

local fields = { 'status', s.status, 'failures', s.failures, 'successes', s.successes, 'updatedAt', s.updatedAt }
for _, name in ipairs({ 'openedAt', 'openUntil', 'reason' }) do
  if s[name] then
    table.insert(fields, name)
    table.insert(fields, s[name])
  end
end
redis.call('DEL', key)
redis.call('HSET', key, unpack(fields))
redis.call('PEXPIRE', key, ttl)
return reply()
`;
