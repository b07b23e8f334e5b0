/**
 * PRICE_SYNC_URL as a local file (an absolute path or a file:// URL) for an on-demand sync, which
 * used to answer 422 "Failed to parse URL". Reading the gateway host's files is for admins only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { adminFetch, body } from './support/admin-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'cch-prices-'));
const priceFile = join(dir, 'model_prices_and_context_window.json');
const secretFile = join(dir, 'not-json.txt');

/** A LiteLLM-shaped file with enough chat models to pass the sync's sanity check. */
function litellmFile(models: number): string {
  const entries = Array.from({ length: models }, (_, i) => [
    `local-model-${i}`,
    { mode: 'chat', litellm_provider: 'openai', input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 },
  ]);
  return JSON.stringify(Object.fromEntries(entries));
}

describe('price sync from a local file', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    writeFileSync(priceFile, litellmFile(250));
    writeFileSync(secretFile, 'db-password=hunter2\n');
    gateway = await startGateway({ env: { PRICE_SYNC_URL: priceFile } });
  });
  afterAll(async () => {
    await gateway?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('syncs on demand from PRICE_SYNC_URL set to an absolute path', async () => {
    const response = await adminFetch(gateway.url, 'POST', '/prices/sync');
    expect(response.status).toBe(200);
    expect(body(response)).toMatchObject({ ok: true, source: priceFile, models: 250 });
    const listed = body(await adminFetch(gateway.url, 'GET', '/prices?search=local-model-249'));
    expect(listed.items).toMatchObject([{ model: 'local-model-249', source: 'synced' }]);
  });

  it('takes a file:// URL in the request, refuses a relative path, and never shows a non-JSON file back', async () => {
    const byUrl = await adminFetch(gateway.url, 'POST', '/prices/sync', {
      body: { file: pathToFileURL(priceFile).href },
    });
    expect(byUrl.status).toBe(200);
    expect((await adminFetch(gateway.url, 'POST', '/prices/sync', { body: { file: 'prices.json' } })).status).toBe(400);
    const garbage = await adminFetch(gateway.url, 'POST', '/prices/sync', { body: { file: secretFile } });
    expect(garbage.status).toBe(422);
    expect(garbage.text).not.toContain('hunter2');
  });

  it('is for admins only: a user key cannot make the gateway read its files', async () => {
    const { key } = await gateway.addCaller();
    const response = await adminFetch(gateway.url, 'POST', '/prices/sync', { token: key, body: { file: priceFile } });
    expect([401, 403]).toContain(response.status);
  });

  it('refuses a PRICE_SYNC_URL that is neither a URL nor an absolute path at start', () => {
    expect(() => loadConfig({ PRICE_SYNC_URL: 'prices.json' })).toThrow(/PRICE_SYNC_URL: expected an http\(s\) URL/);
    expect(loadConfig({ PRICE_SYNC_URL: 'file:///srv/prices.json' }).PRICE_SYNC_URL).toBe('file:///srv/prices.json');
  });
});
