import type { StateStore } from '@cch/core';

export const MAX_LOGIN_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const failureKey = (ip: string) => `admin:login-failures:${ip}`;

/** Failed logins per client address, in the store: after 5 failures that address waits 15 minutes. */
export interface LoginLockout {
  /** Seconds until the address may try again; 0 when it is not locked out. */
  retryAfter(ip: string): Promise<number>;
  recordFailure(ip: string): Promise<number>;
  clear(ip: string): Promise<void>;
}

export function createLoginLockout(store: StateStore): LoginLockout {
  return {
    async retryAfter(ip) {
      const count = Number((await store.get(failureKey(ip))) ?? '0');
      return count >= MAX_LOGIN_FAILURES ? Math.ceil(LOCKOUT_MS / 1000) : 0;
    },
    recordFailure: (ip) => store.increment(failureKey(ip), 1, LOCKOUT_MS),
    async clear(ip) {
      await store.delete(failureKey(ip));
    },
  };
}
