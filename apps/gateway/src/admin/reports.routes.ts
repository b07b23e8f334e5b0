import { Readable } from 'node:stream';
import { costReportQuery } from '@cch/contract';
import { costReportRows } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { defineRoute } from './define-route.js';
import { costReportHeader, costReportLines } from './export/cost-report.js';
import { csvChunks } from './export/csv.js';
import { XLSX_MAX_ROWS, xlsxChunks } from './export/xlsx.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Room under Excel's row limit for the header, the totals and a "cut" line. */
const XLSX_DATA_ROWS = XLSX_MAX_ROWS - 3;

const fileDate = (date: Date) => date.toISOString().slice(0, 10);

/** Reports built from the hourly rollups, streamed as files. */
export async function reportsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET',
    url: '/reports/cost',
    summary: 'Spend per user / key / provider / model over a period, with names and totals, as CSV or XLSX',
    tags: ['usage'],
    produces: ['text/csv', XLSX_TYPE],
    schemas: { querystring: costReportQuery, response: { 200: z.string() } },
    async handler(request, reply) {
      const { from, to, by, format } = request.query;
      const rows = costReportRows(runtime.db, { by, from, to });
      const header = costReportHeader(by);
      const name = `cost-${by.join('-')}-${fileDate(from)}-${fileDate(to)}.${format}`;
      const body =
        format === 'csv'
          ? csvChunks(header, costReportLines(rows, by, runtime.cache.current()))
          : xlsxChunks('Cost', header, costReportLines(rows, by, runtime.cache.current(), XLSX_DATA_ROWS));
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(body, { objectMode: false }));
    },
  });
}
