import { availabilityQuery, availabilitySchema, type StatusPageConfig, statusPageConfigSchema } from '@cch/contract';
import { setSetting } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { availabilityReport } from '../status/availability.js';
import { readStatusPageConfig, STATUS_PAGE_SETTING } from '../status/status-page-config.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { badRequest } from './problem.js';

const TAGS = ['availability'];

/** Provider availability (probes and real traffic) and the public status page's configuration. */
export async function availabilityRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET',
    url: '/availability',
    summary: 'Per-provider timeline (up/degraded/down), latency series and last errors for a window',
    tags: TAGS,
    schemas: { querystring: availabilityQuery, response: { 200: availabilitySchema } },
    async handler(request) {
      const { window, providerId } = request.query;
      const providers = runtime.cache
        .current()
        .providers.filter((provider) => providerId === undefined || provider.id === providerId);
      return availabilityReport(runtime, providers, window);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/status-page',
    summary: 'The public status page: on or off, title, and which providers or groups it lists under what names',
    tags: TAGS,
    schemas: { response: { 200: statusPageConfigSchema } },
    handler: async () => readStatusPageConfig(runtime.cache.current().settings),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/status-page',
    summary: 'Replace the status page configuration',
    tags: TAGS,
    schemas: { body: statusPageConfigSchema, response: { 200: statusPageConfigSchema } },
    async handler(request) {
      const snapshot = runtime.cache.current();
      const after: StatusPageConfig = request.body;
      for (const entry of after.entries) {
        const known =
          entry.kind === 'provider'
            ? snapshot.providers.some((provider) => provider.id === entry.ref)
            : snapshot.providers.some((provider) => provider.groups.includes(entry.ref));
        if (!known) throw badRequest(`Unknown ${entry.kind}: ${entry.ref}`);
      }
      const before = readStatusPageConfig(snapshot.settings);
      await setSetting(runtime.db, STATUS_PAGE_SETTING, after);
      await audit(runtime, request, { action: 'status-page.update', targetType: 'settings', before, after });
      await runtime.cache.changed('settings');
      return after;
    },
  });
}
