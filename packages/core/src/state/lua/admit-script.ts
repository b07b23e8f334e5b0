import { SHARED_FUNCTIONS } from './shared-functions.js';

/**
 * KEYS: rate keys, slot keys, budget keys.
 * ARGV: now, requestId, reserveNano, #rates, #slots, #budgets, then per rate (windowMs, limit),
 * per slot (member, limit, ttlMs), per budget (mode, a, b, limitNano).
 * Returns {1} or {0, kind, index, current, oldestAt|nil}.
 */
export const ADMIT_SCRIPT = `${SHARED_FUNCTIONS}
local now = tonumber(ARGV[1])
local request_id = ARGV[2]
local reserve = tonumber(ARGV[3])
local n_rates, n_slots, n_budgets = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local rates, slots, budgets = {}, {}, {}
local arg = 7
for i = 1, n_rates do
  rates[i] = { key = KEYS[i], window = tonumber(ARGV[arg]), limit = tonumber(ARGV[arg + 1]) }
  arg = arg + 2
end
for i = 1, n_slots do
  slots[i] = {
    key = KEYS[n_rates + i], member = ARGV[arg], limit = tonumber(ARGV[arg + 1]), ttl = tonumber(ARGV[arg + 2]),
  }
  arg = arg + 3
end
for i = 1, n_budgets do
  budgets[i] = {
    key = KEYS[n_rates + n_slots + i], mode = ARGV[arg],
    a = tonumber(ARGV[arg + 1]), b = tonumber(ARGV[arg + 2]), limit = tonumber(ARGV[arg + 3]),
  }
  arg = arg + 4
end

for i, rate in ipairs(rates) do
  local count = count_rate(rate.key, rate.window, now)
  if count >= rate.limit then
    local oldest = redis.call('ZRANGE', rate.key, 0, 0, 'WITHSCORES')[2]
    return { 0, 'rate', i - 1, count, oldest and tonumber(oldest) or false }
  end
end
for i, slot in ipairs(slots) do
  local count = live_slots(slot.key, now)
  if not redis.call('ZSCORE', slot.key, slot.member) and count >= slot.limit then
    return { 0, 'slot', i - 1, count }
  end
end
for i, budget in ipairs(budgets) do
  local current = read_budget(budget.key, budget.mode, budget.a, now)
  if current >= budget.limit then return { 0, 'budget', i - 1, current } end
end

for _, rate in ipairs(rates) do
  redis.call('ZADD', rate.key, now, request_id)
  extend_ttl(rate.key, rate.window)
end
for _, slot in ipairs(slots) do claim_slot(slot.key, slot.member, slot.ttl, now) end
if reserve ~= 0 then
  for _, budget in ipairs(budgets) do
    add_to_budget(budget.key, budget.mode, budget.a, budget.b, reserve, now)
  end
end
return { 1 }
`;
