import { timingSafeEqual } from 'node:crypto';
import { type ApiKey, hashApiKey, type IndexedSnapshot, type User } from '@cch/core';

/** Who is calling the admin API, and how they proved it. */
export interface Principal {
  role: 'admin' | 'user';
  name: string;
  /** The user and key behind a user-key login; null for the admin token. */
  userId: string | null;
  keyId: string | null;
  via: 'bearer' | 'cookie';
  /** Cookie sessions only: the id (cookie value) and the CSRF token mutations must echo. */
  session: { id: string; csrfToken: string } | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A key that may open the console right now: enabled, unexpired, console access, its user enabled and unexpired. */
export function consoleKeyOwner(
  snapshot: IndexedSnapshot,
  key: ApiKey | undefined,
  now: number,
): { key: ApiKey; user: User } | null {
  if (!key?.enabled || !key.consoleAccess) return null;
  if (key.expiresAt && key.expiresAt.getTime() <= now) return null;
  const user = snapshot.userById.get(key.userId);
  if (!user?.enabled || (user.expiresAt && user.expiresAt.getTime() <= now)) return null;
  return { key, user };
}

export type Identity = Pick<Principal, 'role' | 'name' | 'userId' | 'keyId'>;

/** The admin token, or a console-access user key (a user with the admin role signs in as admin). */
export function identify(token: string, adminToken: string, snapshot: IndexedSnapshot, now: number): Identity | null {
  if (adminToken.length > 0 && sameSecret(token, adminToken))
    return { role: 'admin', name: 'admin', userId: null, keyId: null };
  const owner = consoleKeyOwner(snapshot, snapshot.keyByHash.get(hashApiKey(token)), now);
  if (!owner) return null;
  return { role: owner.user.role, name: owner.user.name, userId: owner.user.id, keyId: owner.key.id };
}
