import { SHARED_FUNCTIONS } from './shared-functions.js';

/** KEYS: budget keys. ARGV: admittedAt, deltaNano, then per budget (mode, a, b). */
export const SETTLE_SCRIPT = `${SHARED_FUNCTIONS}
local admitted_at = tonumber(ARGV[1])
local delta = tonumber(ARGV[2])
if delta == 0 then return 0 end
for i, key in ipairs(KEYS) do
  local arg = 3 + (i - 1) * 3
  add_to_budget(key, ARGV[arg], tonumber(ARGV[arg + 1]), tonumber(ARGV[arg + 2]), delta, admitted_at)
end
return 0
`;
