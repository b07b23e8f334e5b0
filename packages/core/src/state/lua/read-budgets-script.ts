import { SHARED_FUNCTIONS } from './shared-functions.js';

/** KEYS: budget keys. ARGV: now, then per budget (mode, windowMs or 0). Returns the totals. */
export const READ_BUDGETS_SCRIPT = `${SHARED_FUNCTIONS}
local now = tonumber(ARGV[1])
local totals = {}
for i, key in ipairs(KEYS) do
  totals[i] = read_budget(key, ARGV[2 * i], tonumber(ARGV[2 * i + 1]), now)
end
return totals
`;
