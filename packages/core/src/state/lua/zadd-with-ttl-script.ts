/** KEYS: sorted set. ARGV: member, score, ttlMs (-1 = no expiry). */
export const ZADD_WITH_TTL_SCRIPT = `
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
if tonumber(ARGV[3]) < 0 then
  redis.call('PERSIST', KEYS[1])
else
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return 0
`;
