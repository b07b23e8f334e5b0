import {
  createProviderBody,
  idParams,
  okSchema,
  providerListSchema,
  providerSchema,
  providerTestBody,
  providerTestResult,
  updateProviderBody,
} from '@cch/contract';
import {
  createProvider,
  DEFAULT_CIRCUIT_BREAKER,
  DEFAULT_PROVIDER_TIMEOUTS,
  deleteProvider,
  getProvider,
  listProviders,
  NO_LIMITS,
  type Provider,
  stateKeys,
  updateProvider,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { mergeLimits } from './merge-limits.js';
import { defineRoute } from './define-route.js';
import { notFound } from './problem.js';
import { testProvider } from './provider-test.js';
import { auditableProvider, viewProvider, viewProviders } from './provider-view.js';

const TAGS = ['providers'];

type NestedPatch = Pick<z.output<typeof updateProviderBody>, 'timeouts' | 'circuitBreaker' | 'limits'>;
type Nested = Pick<Provider, 'timeouts' | 'circuitBreaker' | 'limits'>;

/** Nested settings are patched field by field on top of the current (or default) values. */
function withNested<T extends NestedPatch>(input: T, current: Nested): Omit<T, keyof NestedPatch> & Partial<Nested> {
  const { timeouts, circuitBreaker, limits, ...rest } = input;
  const mergedLimits = limits && mergeLimits(current.limits, { limits });
  return {
    ...rest,
    ...(timeouts && { timeouts: { ...current.timeouts, ...timeouts } }),
    ...(circuitBreaker && { circuitBreaker: { ...current.circuitBreaker, ...circuitBreaker } }),
    ...(mergedLimits && { limits: mergedLimits }),
  };
}

const DEFAULT_NESTED = {
  timeouts: DEFAULT_PROVIDER_TIMEOUTS,
  circuitBreaker: DEFAULT_CIRCUIT_BREAKER,
  limits: NO_LIMITS,
};

export async function providersRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db, secretBox } = runtime;
  const load = async (id: string) => (await getProvider(db, secretBox, id)) ?? Promise.reject(notFound('provider', id));

  defineRoute(app, {
    method: 'GET',
    url: '/providers',
    summary: 'List providers with health and breaker state',
    tags: TAGS,
    schemas: { response: { 200: providerListSchema } },
    handler: async () => ({ items: await viewProviders(runtime, await listProviders(db, secretBox)) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/providers/:id',
    summary: 'One provider',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: providerSchema } },
    handler: async (request) => viewProvider(runtime, await load(request.params.id)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/providers',
    summary: 'Create a provider (name, type, baseUrl, apiKey; the rest defaulted)',
    tags: TAGS,
    schemas: { body: createProviderBody, response: { 201: providerSchema } },
    async handler(request, reply) {
      const created = await createProvider(db, secretBox, withNested(request.body, DEFAULT_NESTED));
      await audit(runtime, request, {
        action: 'provider.create',
        targetType: 'provider',
        targetId: created.id,
        after: auditableProvider(created),
      });
      await runtime.cache.changed('providers');
      return reply.code(201).send(await viewProvider(runtime, created));
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/providers/:id',
    summary: 'Update any provider fields (a new apiKey is re-encrypted)',
    tags: TAGS,
    schemas: { params: idParams, body: updateProviderBody, response: { 200: providerSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      const after = (await updateProvider(db, secretBox, before.id, withNested(request.body, before))) ?? before;
      await audit(runtime, request, {
        action: 'provider.update',
        targetType: 'provider',
        targetId: before.id,
        before: auditableProvider(before),
        after: auditableProvider(after),
      });
      await runtime.cache.changed('providers');
      return viewProvider(runtime, after);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/providers/:id',
    summary: 'Delete a provider',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      await deleteProvider(db, before.id);
      await audit(runtime, request, {
        action: 'provider.delete',
        targetType: 'provider',
        targetId: before.id,
        before: auditableProvider(before),
      });
      await runtime.cache.changed('providers');
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/providers/:id/test',
    summary: 'Send a tiny real request upstream; report status and latency',
    tags: TAGS,
    schemas: { params: idParams, body: providerTestBody, response: { 200: providerTestResult } },
    async handler(request) {
      const provider = await load(request.params.id);
      const result = await testProvider(runtime, provider, request.body?.model);
      await audit(runtime, request, {
        action: 'provider.test',
        targetType: 'provider',
        targetId: provider.id,
        after: result,
      });
      return result;
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/providers/:id/circuit/reset',
    summary: 'Close the circuit breaker and clear any cooldown',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: providerSchema } },
    async handler(request) {
      const provider = await load(request.params.id);
      const [before] = await viewProviders(runtime, [provider]);
      await runtime.store.resetBreaker(stateKeys.breaker(provider.id));
      await runtime.store.delete(stateKeys.cooldown(provider.id));
      runtime.providerHealth.changed();
      await audit(runtime, request, {
        action: 'provider.circuit.reset',
        targetType: 'provider',
        targetId: provider.id,
        before: before?.health,
      });
      return viewProvider(runtime, provider);
    },
  });
}
