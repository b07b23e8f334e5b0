/** KEYS: sorted set. ARGV: minScore, limit. Drops scores below minScore; returns member, score pairs, highest first. */
export const ZRANGE_ABOVE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
if tonumber(ARGV[2]) <= 0 then return {} end
return redis.call('ZREVRANGEBYSCORE', KEYS[1], '+inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, ARGV[2])
`;
