import { Readable } from 'node:stream';
import { logDetailSchema, logFilters, logPageSchema, numericIdParams } from '@cch/contract';
import { getRequestBodies, getRequestLog, listRequestLogs, type RequestLogFilters } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { defineRoute } from './define-route.js';
import { summarizeDecision, withDecisionSummary } from './log-summary.js';
import { csvHeader, csvRow } from './logs-csv.js';
import { notFound } from './problem.js';

const TAGS = ['logs'];
const CSV_MAX_ROWS = 100_000;
const CSV_PAGE = 500;

function toFilters(query: z.output<typeof logFilters>): RequestLogFilters {
  const { statusClass, ...rest } = query;
  return {
    ...rest,
    ...(statusClass !== undefined && { statusClass: statusClass as RequestLogFilters['statusClass'] }),
  }; // bounded to 1..5 by the schema
}

export async function logsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET',
    url: '/logs',
    summary: 'Request logs, newest first; filters, cursor pagination and `after` for rows not seen yet',
    tags: TAGS,
    schemas: { querystring: logFilters, response: { 200: logPageSchema } },
    handler: async (request) => {
      const page = await listRequestLogs(runtime.db, toFilters(request.query));
      return { ...page, items: page.items.map(withDecisionSummary) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/logs/:id',
    summary: 'One request with its decision chain and cost breakdown',
    tags: TAGS,
    schemas: { params: numericIdParams, response: { 200: logDetailSchema } },
    handler: async (request) => {
      const row = await getRequestLog(runtime.db, request.params.id);
      if (!row) throw notFound('request log', request.params.id);
      // bodies are stored apart (request_bodies); rows written before that carry their own
      const bodies = row.requestBody === null ? await getRequestBodies(runtime.db, row.requestId) : undefined;
      return {
        ...row,
        requestBody: row.requestBody ?? bodies?.requestBody ?? null,
        responseBody: row.responseBody ?? bodies?.responseBody ?? null,
        decision: summarizeDecision(row),
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/logs.csv',
    summary: `CSV export of the filtered logs (at most ${CSV_MAX_ROWS} rows)`,
    tags: TAGS,
    produces: 'text/csv',
    schemas: {
      querystring: logFilters.omit({ limit: true, cursor: true, after: true }),
      response: { 200: z.string() },
    },
    async handler(request, reply) {
      const filters = toFilters(request.query);
      async function* lines() {
        yield csvHeader();
        let cursor: number | null = null;
        let rows = 0;
        do {
          const page = await listRequestLogs(runtime.db, { ...filters, limit: CSV_PAGE, cursor });
          yield page.items.map(csvRow).join('');
          rows += page.items.length;
          cursor = page.nextCursor;
        } while (cursor !== null && rows < CSV_MAX_ROWS);
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="request-logs.csv"')
        .send(Readable.from(lines(), { objectMode: false }));
    },
  });
}
