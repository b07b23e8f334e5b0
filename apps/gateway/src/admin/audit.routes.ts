import { auditPageSchema, auditQuery } from '@cch/contract';
import { listAuditLog } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { defineRoute } from './define-route.js';

export async function auditRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET',
    url: '/audit-log',
    summary: 'Audit log, newest first (cursor pagination)',
    tags: ['audit'],
    schemas: { querystring: auditQuery, response: { 200: auditPageSchema } },
    handler: (request) => listAuditLog(runtime.db, request.query),
  });
}
