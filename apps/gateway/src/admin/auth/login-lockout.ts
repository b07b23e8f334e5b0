import type { StateStore } from '@cch/core';
import { AdminError } from '../problem.js';

export const MAX_LOGIN_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const failureKey = (ip: string) => `admin:login-failures:${ip}`;

/**
 * Failed sign-ins per client address, in the store: after 5 failures that address waits 15
 * minutes. Console logins and admin bearer tokens count together; other addresses are unaffected.
 */
export interface LoginLockout {
  /** Seconds until the address may try again; 0 when it is not locked out. */
  retryAfter(ip: string): Promise<number>;
  /** Failures recorded for the address in the current window. */
  failures(ip: string): Promise<number>;
  recordFailure(ip: string): Promise<number>;
  clear(ip: string): Promise<void>;
}

export function createLoginLockout(store: StateStore): LoginLockout {
  const failures = async (ip: string) => Number((await store.get(failureKey(ip))) ?? '0');
  return {
    async retryAfter(ip) {
      return (await failures(ip)) >= MAX_LOGIN_FAILURES ? Math.ceil(LOCKOUT_MS / 1000) : 0;
    },
    failures,
    recordFailure: (ip) => store.increment(failureKey(ip), 1, LOCKOUT_MS),
    async clear(ip) {
      await store.delete(failureKey(ip));
    },
  };
}

/** The 429 a locked-out address gets, whatever it sends. */
export function lockedOut(retryAfter: number): AdminError {
  return new AdminError(
    429,
    'Too Many Requests',
    `Too many failed sign-ins from this address; try again in ${retryAfter} seconds`,
    { 'retry-after': String(retryAfter) },
  );
}
