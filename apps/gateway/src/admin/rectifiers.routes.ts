import {
  RECTIFIER_DEFAULTS,
  RECTIFIERS,
  rectifierBody,
  rectifierListSchema,
  rectifierParams,
  rectifierSettingSchema,
  type Rectifier,
  type RectifierSetting,
} from '@cch/contract';
import { listRectifierSwitches, type RectifierSwitch, setRectifierSwitches } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';

const TAGS = ['rectifiers'];

function settingOf(rectifier: Rectifier, switches: readonly RectifierSwitch[]): RectifierSetting {
  const own = switches.filter((s) => s.rectifier === rectifier);
  const global = own.find((s) => s.providerId === '');
  return {
    rectifier,
    enabled: global?.enabled ?? RECTIFIER_DEFAULTS[rectifier],
    providers: Object.fromEntries(own.filter((s) => s.providerId !== '').map((s) => [s.providerId, s.enabled])),
  };
}

/** Rectifiers: on or off for every provider, with per-provider exceptions. */
export async function rectifiersRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db } = runtime;

  defineRoute(app, {
    method: 'GET',
    url: '/rectifiers',
    summary: 'Every rectifier: on or off, and per-provider exceptions',
    tags: TAGS,
    schemas: { response: { 200: rectifierListSchema } },
    async handler() {
      const switches = await listRectifierSwitches(db);
      return { items: RECTIFIERS.map((rectifier) => settingOf(rectifier, switches)) };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/rectifiers/:rectifier',
    summary: 'Switch a rectifier on or off, for every provider or for some (null removes an exception)',
    tags: TAGS,
    schemas: { params: rectifierParams, body: rectifierBody, response: { 200: rectifierSettingSchema } },
    async handler(request) {
      const { rectifier } = request.params;
      const before = settingOf(rectifier, await listRectifierSwitches(db));
      const changes = new Map<string, boolean | null>(Object.entries(request.body.providers ?? {}));
      if (request.body.enabled !== undefined) changes.set('', request.body.enabled);
      await setRectifierSwitches(db, rectifier, changes);
      const after = settingOf(rectifier, await listRectifierSwitches(db));
      await audit(runtime, request, {
        action: 'rectifier.update',
        targetType: 'rectifier',
        targetId: rectifier,
        before,
        after,
      });
      await runtime.cache.changed('rectifiers');
      return after;
    },
  });
}
