import { SHARED_FUNCTIONS } from './shared-functions.js';

/** KEYS: slot set. ARGV: member, limit, ttlMs, now. Returns {acquired 0|1, count}. */
export const ACQUIRE_SLOT_SCRIPT = `${SHARED_FUNCTIONS}
local key, member = KEYS[1], ARGV[1]
local limit, ttl, now = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local count = live_slots(key, now)
local held = redis.call('ZSCORE', key, member)
if not held and count >= limit then return { 0, count } end
claim_slot(key, member, ttl, now)
if held then return { 1, count } end
return { 1, count + 1 }
`;
