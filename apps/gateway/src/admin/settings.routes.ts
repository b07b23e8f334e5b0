import { getAllSettings, setSetting } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';

const settingsSchema = z.record(z.string().min(1).max(100), z.json()).describe('Setting name → JSON value');

export async function settingsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET', url: '/settings', summary: 'Every stored setting', tags: ['settings'],
    schemas: { response: { 200: settingsSchema } },
    handler: () => getAllSettings(runtime.db),
  });

  defineRoute(app, {
    method: 'PUT', url: '/settings', summary: 'Write the given settings (others are kept)', tags: ['settings'],
    schemas: { body: settingsSchema, response: { 200: settingsSchema } },
    async handler(request) {
      const before = await getAllSettings(runtime.db);
      for (const [key, value] of Object.entries(request.body)) await setSetting(runtime.db, key, value);
      const after = await getAllSettings(runtime.db);
      await audit(runtime, request, { action: 'settings.update', targetType: 'settings', before, after });
      await runtime.cache.changed('settings');
      return after;
    },
  });
}
