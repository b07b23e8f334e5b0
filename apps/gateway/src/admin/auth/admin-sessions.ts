import { createHash, randomBytes } from 'node:crypto';
import type { StateStore } from '@cch/core';
import { z } from 'zod';

export const SESSION_COOKIE = 'cch_admin_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const sessionSchema = z.object({
  role: z.enum(['admin', 'user']),
  name: z.string(),
  userId: z.string().nullable(),
  keyId: z.string().nullable(),
  csrfToken: z.string(),
  createdAt: z.number(),
});

/** A console session, kept in the state store so every replica sees it. */
export type AdminSession = z.infer<typeof sessionSchema>;

/** The store holds only a hash of the cookie value, so a store dump cannot be replayed as cookies. */
const storeKey = (sessionId: string) => `admin:session:${createHash('sha256').update(sessionId).digest('hex')}`;

export interface AdminSessions {
  create(
    session: Omit<AdminSession, 'csrfToken' | 'createdAt'>,
    now: number,
  ): Promise<{ id: string; session: AdminSession }>;
  /** The session behind a cookie value (its TTL slides), or null. */
  find(sessionId: string): Promise<AdminSession | null>;
  destroy(sessionId: string): Promise<void>;
}

export function createAdminSessions(store: StateStore, ttlMs = SESSION_TTL_MS): AdminSessions {
  return {
    async create(fields, now) {
      const id = randomBytes(32).toString('base64url');
      const session: AdminSession = { ...fields, csrfToken: randomBytes(24).toString('base64url'), createdAt: now };
      await store.set(storeKey(id), JSON.stringify(session), ttlMs);
      return { id, session };
    },
    async find(sessionId) {
      const raw = await store.get(storeKey(sessionId));
      if (raw === null) return null;
      const parsed = sessionSchema.safeParse(JSON.parse(raw));
      if (!parsed.success) return null;
      await store.touch(storeKey(sessionId), ttlMs);
      return parsed.data;
    },
    async destroy(sessionId) {
      await store.delete(storeKey(sessionId));
    },
  };
}
