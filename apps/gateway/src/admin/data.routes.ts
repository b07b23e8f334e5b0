import { Readable } from 'node:stream';
import {
  dataExportQuery,
  dataImportQuery,
  EXPORT_CONTENT_TYPE,
  importResultSchema,
  purgeBody,
  purgePreviewQuery,
  purgePreviewSchema,
  purgeResultSchema,
  retentionStatusSchema,
} from '@cch/contract';
import { countRequestLogsBefore, deleteOldRequestLogs, getJobRun } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { RETENTION_JOB } from '../jobs/retention-job.js';
import { PRICES_CHANGED } from '../pricing/price-book.js';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { applyImport } from './data-transfer/apply-import.js';
import { exportLines } from './data-transfer/export-lines.js';
import { planImport } from './data-transfer/plan-import.js';
import { readImportFile } from './data-transfer/read-import-file.js';
import { defineRoute } from './define-route.js';

const TAGS = ['data'];
/** Content types an import file may arrive as; the body is read as a stream, line by line. */
const IMPORT_TYPES = [EXPORT_CONTENT_TYPE, 'application/jsonl', 'application/octet-stream', 'text/plain'];

function timestampForFile(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Export, import, log purge and the retention job's last run. */
export async function dataRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  // the handler streams `request.raw` itself, so the file never sits in memory as one string
  app.addContentTypeParser(IMPORT_TYPES, (_request, _payload, done) => done(null, undefined));

  defineRoute(app, {
    method: 'GET',
    url: '/data/export',
    summary:
      'Everything as one JSON Lines file: configuration (secrets still encrypted, key hashes only), ' +
      'optionally request logs in a date range',
    tags: TAGS,
    produces: EXPORT_CONTENT_TYPE,
    schemas: { querystring: dataExportQuery, response: { 200: z.string() } },
    async handler(request, reply) {
      const { logs, from, to } = request.query;
      const now = new Date(runtime.now());
      const lines = exportLines(runtime.db, { now, logs: logs ? { from, to } : null });
      await audit(runtime, request, {
        action: 'data.export',
        targetType: 'data',
        after: { logs, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
      });
      return reply
        .type(`${EXPORT_CONTENT_TYPE}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="cch-export-${timestampForFile(now)}.jsonl"`)
        .send(Readable.from(lines, { objectMode: false }));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/data/import',
    summary:
      'Import an export file (JSON Lines body). Dry run by default: a per-kind preview of creates, updates, ' +
      'unchanged and conflicts; dryRun=false applies the same plan in one transaction',
    tags: TAGS,
    consumes: EXPORT_CONTENT_TYPE,
    schemas: { querystring: dataImportQuery, response: { 200: importResultSchema } },
    async handler(request) {
      const file = await readImportFile(request.raw);
      const plan = await planImport(runtime.db, runtime.secretBox, file);
      const { dryRun } = request.query;
      const result = {
        dryRun,
        applied: false,
        source: file.header.source,
        exportedAt: file.header.exportedAt,
        kinds: plan.kinds,
        conflicts: plan.conflicts,
      };
      if (dryRun) return result;
      await applyImport(runtime.db, plan);
      await audit(runtime, request, {
        action: 'data.import',
        targetType: 'data',
        targetId: file.header.source,
        after: { exportedAt: file.header.exportedAt, kinds: plan.kinds, conflicts: plan.conflicts.length },
      });
      await runtime.prices.reload();
      await runtime.cache.changed(PRICES_CHANGED);
      await runtime.notifier.changed();
      return { ...result, applied: true };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/data/logs/purge-preview',
    summary: 'How many request logs a purge of everything older than `olderThan` would delete',
    tags: TAGS,
    schemas: { querystring: purgePreviewQuery, response: { 200: purgePreviewSchema } },
    async handler(request) {
      const { olderThan } = request.query;
      return { olderThan: olderThan.toISOString(), rows: await countRequestLogsBefore(runtime.db, olderThan) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/data/logs/purge',
    summary: 'Delete request logs older than `olderThan`, in small batches (hourly statistics are kept)',
    tags: TAGS,
    schemas: { body: purgeBody, response: { 200: purgeResultSchema } },
    async handler(request) {
      const { olderThan } = request.body;
      await runtime.logWriter.flush();
      const result = await deleteOldRequestLogs(runtime.db, { before: olderThan });
      const outcome = { olderThan: olderThan.toISOString(), removed: result.deleted };
      await audit(runtime, request, { action: 'data.purge-logs', targetType: 'request-logs', after: outcome });
      return outcome;
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/data/retention',
    summary: "Request-log retention: the configured days and the retention job's last run",
    tags: TAGS,
    schemas: { response: { 200: retentionStatusSchema } },
    async handler() {
      const run = await getJobRun(runtime.db, RETENTION_JOB);
      const details = run?.details ?? {};
      return {
        retentionDays: runtime.settings.current().logRetentionDays,
        lastRun: run
          ? {
              ranAt: run.ranAt.toISOString(),
              cutoff: typeof details.cutoff === 'string' ? details.cutoff : null,
              removed: typeof details.removed === 'number' ? details.removed : 0,
              complete: details.complete !== false,
            }
          : null,
      };
    },
  });
}
