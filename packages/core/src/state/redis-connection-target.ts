/** A Redis node address (a cluster seed node or a sentinel). */
export interface RedisNodeAddress {
  host: string;
  port: number;
}

/** Credentials of the data nodes (ACL user and password; either may be absent). */
export interface RedisCredentials {
  username?: string;
  password?: string;
}

/**
 * Where the state store's Redis lives. `standalone` is a plain `redis://` / `rediss://` URL;
 * `cluster` names some seed nodes (ioredis discovers the rest); `sentinel` names the sentinels
 * and the master set they watch. The gateway parses REDIS_URL into this (apps/gateway config).
 */
export type RedisConnectionTarget =
  | { mode: 'standalone'; url: string }
  | ({ mode: 'cluster'; nodes: RedisNodeAddress[]; tls: boolean } & RedisCredentials)
  | ({
      mode: 'sentinel';
      sentinels: RedisNodeAddress[];
      /** The master set name the sentinels monitor (`sentinel monitor <name> …`). */
      masterName: string;
      db: number;
      tls: boolean;
      sentinelPassword?: string;
    } & RedisCredentials);
