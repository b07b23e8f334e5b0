import { getRequestLog, listRequestLogs, type RequestLogFilters } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { numericIdParams } from './common.schemas.js';
import { defineRoute } from './define-route.js';
import { csvHeader, csvRow } from './logs-csv.js';
import { logDetailSchema, logFilters, logPageSchema } from './logs.schemas.js';
import { notFound } from './problem.js';

const TAGS = ['logs'];
const CSV_MAX_ROWS = 100_000;
const CSV_PAGE = 500;

function toFilters(query: z.output<typeof logFilters>): RequestLogFilters {
  const { statusClass, ...rest } = query;
  return { ...rest, ...(statusClass !== undefined && { statusClass: statusClass as RequestLogFilters['statusClass'] }) }; // bounded to 1..5 by the schema
}

export async function logsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET', url: '/logs', summary: 'Request logs, newest first; filters and cursor pagination', tags: TAGS,
    schemas: { querystring: logFilters, response: { 200: logPageSchema } },
    handler: (request) => listRequestLogs(runtime.db, toFilters(request.query)),
  });

  defineRoute(app, {
    method: 'GET', url: '/logs/:id', summary: 'One request with its decision chain and cost breakdown', tags: TAGS,
    schemas: { params: numericIdParams, response: { 200: logDetailSchema } },
    handler: async (request) => (await getRequestLog(runtime.db, request.params.id)) ?? Promise.reject(notFound('request log', request.params.id)),
  });

  defineRoute(app, {
    method: 'GET', url: '/logs.csv', summary: `CSV export of the filtered logs (at most ${CSV_MAX_ROWS} rows)`, tags: TAGS, produces: 'text/csv',
    schemas: { querystring: logFilters.omit({ limit: true, cursor: true }), response: { 200: z.string() } },
    async handler(request, reply) {
      const filters = toFilters(request.query);
      let csv = csvHeader();
      let cursor: number | null = null;
      let rows = 0;
      do {
        const page = await listRequestLogs(runtime.db, { ...filters, limit: CSV_PAGE, cursor });
        for (const row of page.items) csv += csvRow(row);
        rows += page.items.length;
        cursor = page.nextCursor;
      } while (cursor !== null && rows < CSV_MAX_ROWS);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="request-logs.csv"').serializer((s) => String(s)).send(csv);
    },
  });
}
