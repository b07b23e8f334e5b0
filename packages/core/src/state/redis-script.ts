import { createHash } from 'node:crypto';
import type { RedisClient } from './redis-connection.js';

export type RedisArg = string | number;

export interface LuaScript {
  run(client: RedisClient, keys: readonly string[], args: readonly RedisArg[]): Promise<unknown>;
}

/** EVALSHA with the script's SHA-1; on NOSCRIPT (fresh or flushed server) falls back to EVAL, which caches it. */
export function defineLuaScript(source: string): LuaScript {
  const sha = createHash('sha1').update(source).digest('hex');
  return {
    async run(client, keys, args) {
      try {
        return await client.evalsha(sha, keys.length, ...keys, ...args);
      } catch (err) {
        if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
        return client.eval(source, keys.length, ...keys, ...args);
      }
    },
  };
}
