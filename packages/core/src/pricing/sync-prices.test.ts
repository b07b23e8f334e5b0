import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle, IN_MEMORY_DATA_DIR } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { getModelPrice, listModelPrices, upsertModelPrices } from '../db/queries/model-prices.js';
import { syncPrices } from './sync-prices.js';

const fixtureUrl = new URL('./fixtures/litellm-sample.json', import.meta.url);
const sampleText = readFileSync(fixtureUrl, 'utf8');
/** The sample has 4 chat entries; a real file has far more, and the default minimum is 200. */
const MIN = { minChatModels: 3 };

const ROUTES: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/prices.json': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(sampleText),
  '/garbage': (res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Rate limited</body></html>'),
  '/tiny.json': (res) =>
    res.writeHead(200).end(JSON.stringify({ 'gpt-x': { input_cost_per_token: 1e-6, mode: 'chat' } })),
  '/error': (res) => res.writeHead(500).end('internal error'),
  '/slow': () => undefined, // never answers
};

async function openDatabase(): Promise<DatabaseHandle> {
  const opened = await createDatabase({ dataDir: IN_MEMORY_DATA_DIR });
  await migrateToLatest(opened.db);
  return opened;
}

describe('syncPrices', () => {
  let server: Server;
  let base: string;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    server = createServer((req, res) => (ROUTES[req.url ?? ''] ?? ((r) => r.writeHead(404).end()))(res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // A TCP server listening on a host and port reports an AddressInfo, never a pipe name.
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await handle?.close();
  });
  beforeEach(async () => {
    handle ??= await openDatabase();
    await handle.db.deleteFrom('modelPrices').execute();
  });

  it('upserts every valid entry of a good file as synced and reports what it skipped', async () => {
    const result = await syncPrices(handle.db, { source: `${base}/prices.json`, ...MIN });
    expect(result).toEqual({ ok: true, updated: 5, skipped: 4, manualKept: 0 });
    const rows = await listModelPrices(handle.db);
    expect(rows.map((r) => [r.model, r.source])).toEqual([
      ['claude-4-sonnet-20250514', 'synced'],
      ['claude-sonnet-4-5-20250929', 'synced'],
      ['gemini/gemini-2.5-flash', 'synced'],
      ['gpt-5-codex', 'synced'],
      ['text-embedding-3-small', 'synced'],
    ]);
    const sonnet = await getModelPrice(handle.db, 'claude-sonnet-4-5-20250929');
    expect(sonnet?.prices).toMatchObject({
      input_cost_per_token: 3e-6,
      cache_creation_input_token_cost_above_1hr: 6e-6,
    });
  });

  it('keeps manual rows and replaces earlier synced rows', async () => {
    await upsertModelPrices(handle.db, [
      { model: 'gpt-5-codex', source: 'manual', prices: { input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 } },
      { model: 'gemini/gemini-2.5-flash', source: 'synced', prices: { input_cost_per_token: 9e-6 } },
    ]);
    const result = await syncPrices(handle.db, { source: `${base}/prices.json`, ...MIN });
    expect(result).toEqual({ ok: true, updated: 4, skipped: 4, manualKept: 1 });
    const codex = await getModelPrice(handle.db, 'gpt-5-codex');
    expect(codex).toMatchObject({
      source: 'manual',
      prices: { input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 },
    });
    const flash = await getModelPrice(handle.db, 'gemini/gemini-2.5-flash');
    expect(flash?.prices).not.toEqual({ input_cost_per_token: 9e-6 });
  });

  it('reads a local path and a file: URL', async () => {
    expect(await syncPrices(handle.db, { source: fileURLToPath(fixtureUrl), ...MIN })).toMatchObject({
      ok: true,
      updated: 5,
    });
    expect(await syncPrices(handle.db, { source: fixtureUrl.href, ...MIN })).toMatchObject({ ok: true, updated: 5 });
  });

  describe('changes nothing and says why', () => {
    const seeded = [
      { model: 'claude-sonnet-4-5-20250929', source: 'synced' as const, prices: { input_cost_per_token: 1e-6 } },
    ];
    let before: unknown;
    beforeEach(async () => {
      await upsertModelPrices(handle.db, seeded);
      before = await listModelPrices(handle.db);
    });
    const expectUnchanged = async () => expect(await listModelPrices(handle.db)).toEqual(before);

    it('when the body is not JSON', async () => {
      const result = await syncPrices(handle.db, { source: `${base}/garbage`, ...MIN });
      expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/not JSON/) });
      await expectUnchanged();
    });

    it('when the JSON is too small to be the real file (default minimum)', async () => {
      const tiny = await syncPrices(handle.db, { source: `${base}/tiny.json` });
      expect(tiny).toMatchObject({ ok: false, reason: expect.stringMatching(/refused: only 1 valid chat-model/) });
      const sample = await syncPrices(handle.db, { source: `${base}/prices.json` });
      expect(sample).toMatchObject({ ok: false, reason: expect.stringMatching(/at least 200 expected/) });
      await expectUnchanged();
    });

    it('when the server answers 500', async () => {
      const result = await syncPrices(handle.db, { source: `${base}/error`, ...MIN });
      expect(result).toEqual({ ok: false, reason: `${base}/error answered HTTP 500` });
      await expectUnchanged();
    });

    it('when the server does not answer in time', async () => {
      const started = Date.now();
      const result = await syncPrices(handle.db, { source: `${base}/slow`, timeoutMs: 200, ...MIN });
      expect(result).toEqual({ ok: false, reason: `${base}/slow did not answer within 200 ms` });
      expect(Date.now() - started).toBeLessThan(5_000);
      await expectUnchanged();
    });

    it('when nothing listens, the file is missing or the source is empty', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port; // safe: listening on a TCP port
      await new Promise((resolve) => closed.close(resolve));
      expect(await syncPrices(handle.db, { source: `http://127.0.0.1:${port}/x.json` })).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^fetching .* failed/),
      });
      expect(await syncPrices(handle.db, { source: '/nonexistent/prices.json' })).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/ENOENT/),
      });
      expect(await syncPrices(handle.db, { source: ' ' })).toEqual({ ok: false, reason: 'no price source configured' });
      await expectUnchanged();
    });

    it('when the database write fails', async () => {
      const broken = await openDatabase();
      try {
        await broken.db.schema.dropTable('model_prices').execute();
        const result = await syncPrices(broken.db, { source: `${base}/prices.json`, ...MIN });
        expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^writing prices failed/) });
      } finally {
        await broken.close();
      }
    });

    it('uses the injected fetch', async () => {
      const fakeFetch: typeof fetch = async () => new Response('[1,2,3]', { status: 200 });
      const result = await syncPrices(handle.db, {
        source: 'https://example.invalid/prices.json',
        fetch: fakeFetch,
        ...MIN,
      });
      expect(result).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/expected an object of model prices, got an array/),
      });
      await expectUnchanged();
    });
  });
});
