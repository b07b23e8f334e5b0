/** KEYS: key. ARGV: expected value. Returns 1 when it deleted. */
export const DELETE_IF_VALUE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
