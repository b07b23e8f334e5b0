import type { E2eEnv } from './e2e-env';

let current: E2eEnv | undefined;

/** Set by the suite entry (console.e2e.ts) once the gateway, upstream and browser are up. */
export function setEnv(env: E2eEnv | undefined): void {
  current = env;
}

/** The running environment, for scenario files (which run after the entry's beforeAll). */
export function env(): E2eEnv {
  if (!current) throw new Error('e2e environment not started (scenarios must run from console.e2e.ts)');
  return current;
}
