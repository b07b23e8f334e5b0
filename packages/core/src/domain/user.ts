import type { Limits } from './limits.js';

export type UserRole = 'admin' | 'user';

export interface User {
  id: string;
  name: string;
  note: string;
  role: UserRole;
  /** Provider group this user routes to; null = `default`. `*` = every group. */
  group: string | null;
  limits: Limits;
  allowedModels: string[];
  allowedClients: string[];
  enabled: boolean;
  expiresAt: Date | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ApiKey {
  id: string;
  userId: string;
  name: string;
  /** sha256 hex of the full key; the key itself is never stored. */
  keyHash: string;
  /** First characters of the key, for display (e.g. "sk-AbCd"). */
  keyPrefix: string;
  enabled: boolean;
  expiresAt: Date | null;
  limits: Limits;
  /** Overrides the user's group when set. */
  group: string | null;
  consoleAccess: boolean;
  createdAt: Date;
  updatedAt: Date;
}
