import {
  consoleConfigSchema,
  environmentSchema,
  RUNTIME_SETTING_NAMES,
  runtimeSettingKey,
  runtimeSettingsPatchSchema,
  runtimeSettingsViewSchema,
  settingsSchema,
} from '@cch/contract';
import { deleteSetting, getAllSettings, setSetting } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';

export async function settingsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET',
    url: '/settings',
    summary: 'Every stored setting',
    tags: ['settings'],
    schemas: { response: { 200: settingsSchema } },
    handler: () => getAllSettings(runtime.db),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/settings/environment',
    summary: 'Configuration fixed by environment variables (read-only)',
    tags: ['settings'],
    schemas: { response: { 200: environmentSchema } },
    async handler() {
      const config = runtime.config;
      return {
        billedModel: config.BILLED_MODEL,
        logRetentionDays: config.LOG_RETENTION_DAYS,
        storeBodies: config.STORE_BODIES,
        bodyStoreMaxBytes: config.BODY_STORE_MAX_BYTES,
        priceSyncUrl: config.PRICE_SYNC_URL,
        priceSyncIntervalHours: config.PRICE_SYNC_INTERVAL_HOURS,
        sessionTtlSeconds: config.SESSION_TTL,
        maxProvidersPerRequest: config.MAX_PROVIDERS_PER_REQUEST,
        interceptWarmup: config.INTERCEPT_WARMUP,
        timeZone: config.TZ,
        database: runtime.dbKind,
        redis: config.REDIS_URL !== null,
      };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/settings',
    summary: 'Write the given settings (others are kept)',
    tags: ['settings'],
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

  defineRoute(app, {
    method: 'GET',
    url: '/settings/runtime',
    summary: 'Settings changed live: the values in force, where each comes from, and the .env fallbacks',
    tags: ['settings'],
    schemas: { response: { 200: runtimeSettingsViewSchema } },
    handler: async () => runtime.settings.view(),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/settings/runtime',
    summary: 'Change runtime settings on every replica without a restart (null returns one to its .env value)',
    tags: ['settings'],
    schemas: { body: runtimeSettingsPatchSchema, response: { 200: runtimeSettingsViewSchema } },
    async handler(request) {
      const before = runtime.settings.view().values;
      await runtime.db.transaction().execute(async (trx) => {
        for (const name of RUNTIME_SETTING_NAMES) {
          const value = request.body[name];
          if (value === null) await deleteSetting(trx, runtimeSettingKey(name));
          else if (value !== undefined) await setSetting(trx, runtimeSettingKey(name), value);
        }
      });
      await runtime.cache.changed('settings');
      const view = runtime.settings.view();
      await audit(runtime, request, {
        action: 'settings.runtime.update',
        targetType: 'settings',
        before,
        after: view.values,
      });
      return view;
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/console-config',
    summary: 'What the console shows before sign-in: site title, display currency, whether cookies are Secure',
    tags: ['settings'],
    access: 'public',
    schemas: { response: { 200: consoleConfigSchema } },
    async handler() {
      const { siteTitle, displayCurrency, usdExchangeRate } = runtime.settings.current();
      return { siteTitle, displayCurrency, usdExchangeRate, secureCookies: runtime.config.ENABLE_SECURE_COOKIES };
    },
  });
}
