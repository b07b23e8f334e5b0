import {
  modelParams,
  okSchema,
  priceBody,
  priceListQuery,
  priceListSchema,
  priceSchema,
  syncBody,
  syncResultSchema,
} from '@cch/contract';
import { BUILTIN_PRICES, deleteModelPrice, getModelPrice, listModelPrices, upsertModelPrices } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { PRICES_CHANGED } from '../pricing/price-book.js';
import { PRICE_SOURCE_EXPECTED, parsePriceSource } from '../pricing/price-source.js';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { syncPrices } from './price-sync.js';
import { AdminError, notFound } from './problem.js';

const TAGS = ['prices'];
type PriceView = z.input<typeof priceSchema>;

/** Database rows over the built-in table, as the PriceBook sees them. */
async function allPrices(runtime: Runtime): Promise<PriceView[]> {
  const byModel = new Map<string, PriceView>();
  for (const [model, prices] of BUILTIN_PRICES)
    byModel.set(model, { model, source: 'builtin', prices: { ...prices }, updatedAt: null });
  for (const row of await listModelPrices(runtime.db)) {
    byModel.set(row.model, {
      model: row.model,
      source: row.source,
      prices: { ...(row.prices as Record<string, number | string>) },
      updatedAt: row.updatedAt.toISOString(),
    }); // rows were validated when written
  }
  return [...byModel.values()].sort((a, b) => a.model.localeCompare(b.model));
}

export async function pricesRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { prices } = runtime;
  const changed = async () => {
    await prices.reload();
    await runtime.cache.changed(PRICES_CHANGED);
  };

  defineRoute(app, {
    method: 'GET',
    url: '/prices',
    summary: 'Model prices (built-in, synced, manual); search by name',
    tags: TAGS,
    schemas: { querystring: priceListQuery, response: { 200: priceListSchema } },
    async handler(request) {
      const { search, source } = request.query;
      const needle = search?.toLowerCase();
      const items = (await allPrices(runtime)).filter(
        (p) => (!needle || p.model.toLowerCase().includes(needle)) && (!source || p.source === source),
      );
      return { items };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/prices/:model',
    summary: 'Set a manual price (never overwritten by a sync)',
    tags: TAGS,
    schemas: { params: modelParams, body: priceBody, response: { 200: priceSchema } },
    async handler(request) {
      const { model } = request.params;
      const before = await getModelPrice(runtime.db, model);
      await upsertModelPrices(runtime.db, [{ model, source: 'manual', prices: request.body }]);
      const after = await getModelPrice(runtime.db, model);
      await audit(runtime, request, { action: 'price.upsert', targetType: 'price', targetId: model, before, after });
      await changed();
      return { model, source: 'manual', prices: request.body, updatedAt: after?.updatedAt ?? null };
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/prices/:model',
    summary: 'Delete a stored price (the built-in one, if any, applies again)',
    tags: TAGS,
    schemas: { params: modelParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await getModelPrice(runtime.db, request.params.model);
      if (!before) throw notFound('price', request.params.model);
      await deleteModelPrice(runtime.db, before.model);
      await audit(runtime, request, { action: 'price.delete', targetType: 'price', targetId: before.model, before });
      await changed();
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/prices/sync',
    summary: "Sync from LiteLLM's price file (PRICE_SYNC_URL: an http(s) URL, a file:// URL or an absolute path)",
    tags: TAGS,
    schemas: { body: syncBody, response: { 200: syncResultSchema } },
    async handler(request) {
      const body = request.body;
      // config.ts and syncBody validated both: an http(s) URL, a file:// URL or an absolute path
      const source = body?.url
        ? { kind: 'url' as const, url: body.url }
        : parsePriceSource(body?.file ?? runtime.config.PRICE_SYNC_URL);
      if (!source) throw new AdminError(422, 'Price sync refused', `Nothing changed: ${PRICE_SOURCE_EXPECTED}`);
      const result = await syncPrices(runtime, source);
      await audit(runtime, request, {
        action: 'price.sync',
        targetType: 'prices',
        targetId: result.source,
        after: result,
      });
      if (!result.ok) throw new AdminError(422, 'Price sync refused', `Nothing changed: ${result.reason}`);
      await changed();
      return result;
    },
  });
}
