import { insertAuditLog } from '@cch/core';
import type { FastifyRequest } from 'fastify';
import type { Runtime } from '../runtime.js';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Already redacted: the admin DTOs never carry secrets. */
  before?: unknown;
  after?: unknown;
}

export function actorOf(request: FastifyRequest): string {
  const principal = request.principal;
  if (!principal) return 'anonymous';
  return principal.userId === null ? 'admin-token' : `user:${principal.name}`;
}

/** One audit row per mutation: who, what, which target, before and after. */
export async function audit(runtime: Runtime, request: FastifyRequest, entry: AuditEntry): Promise<void> {
  await insertAuditLog(runtime.db, { ...entry, actor: actorOf(request), ip: request.ip });
}
