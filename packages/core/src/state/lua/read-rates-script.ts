import { SHARED_FUNCTIONS } from './shared-functions.js';

/** KEYS: rate window keys. ARGV: now, then windowMs per key. Returns the live counts. */
export const READ_RATES_SCRIPT = `${SHARED_FUNCTIONS}
local now = tonumber(ARGV[1])
local counts = {}
for i, key in ipairs(KEYS) do
  counts[i] = count_rate(key, tonumber(ARGV[i + 1]), now)
end
return counts
`;
