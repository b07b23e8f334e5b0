import { idParams, providerOverrideBody, providerOverrideListSchema, providerOverrideSchema } from '@cch/contract';
import { getProvider, getProviderOverride, listProviderOverrides, putProviderOverride } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { notFound } from './problem.js';

const TAGS = ['request governance'];
const NONE = providerOverrideBody.parse({});

export async function providerOverridesRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db, secretBox } = runtime;
  const view = async (providerId: string) => {
    const row = await getProviderOverride(db, providerId);
    return { providerId, ...(row?.settings ?? NONE), updatedAt: row?.updatedAt.toISOString() ?? null };
  };

  defineRoute(app, {
    method: 'GET',
    url: '/provider-overrides',
    summary: 'Every provider override that is set',
    tags: TAGS,
    schemas: { response: { 200: providerOverrideListSchema } },
    handler: async () => ({
      items: (await listProviderOverrides(db)).map((row) => ({
        providerId: row.providerId,
        ...row.settings,
        updatedAt: row.updatedAt.toISOString(),
      })),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/providers/:id/overrides',
    summary: "One provider's overrides (all null when none are set)",
    tags: TAGS,
    schemas: { params: idParams, response: { 200: providerOverrideSchema } },
    async handler(request) {
      const provider = await getProvider(db, secretBox, request.params.id);
      if (!provider) throw notFound('provider', request.params.id);
      return view(provider.id);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/providers/:id/overrides',
    summary: 'Force cache TTL, the 1M-context beta, reasoning, a max-tokens cap or metadata.user_id',
    tags: TAGS,
    schemas: { params: idParams, body: providerOverrideBody, response: { 200: providerOverrideSchema } },
    async handler(request) {
      const provider = await getProvider(db, secretBox, request.params.id);
      if (!provider) throw notFound('provider', request.params.id);
      const before = await view(provider.id);
      await putProviderOverride(db, provider.id, request.body);
      const after = await view(provider.id);
      await audit(runtime, request, {
        action: 'provider-override.update',
        targetType: 'provider',
        targetId: provider.id,
        before,
        after,
      });
      await runtime.cache.changed('provider-overrides');
      return after;
    },
  });
}
