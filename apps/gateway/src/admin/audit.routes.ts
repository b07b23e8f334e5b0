import { listAuditLog } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { isoDate, pageOf, pageQuery } from './common.schemas.js';
import { defineRoute } from './define-route.js';

const auditEntrySchema = z.object({
  id: z.number().int(),
  createdAt: isoDate,
  actor: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export async function auditRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET', url: '/audit-log', summary: 'Audit log, newest first (cursor pagination)', tags: ['audit'],
    schemas: { querystring: z.object(pageQuery), response: { 200: pageOf(auditEntrySchema) } },
    handler: (request) => listAuditLog(runtime.db, request.query),
  });
}
