/** KEYS: counter. ARGV: by, ttlMs (-1 = no expiry; applied only when the key is created). */
export const INCREMENT_WITH_TTL_SCRIPT = `
local existed = redis.call('EXISTS', KEYS[1])
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if existed == 0 and tonumber(ARGV[2]) >= 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value
`;
