import { readFile } from 'node:fs/promises';
import { parseLitellmPrices, upsertModelPrices } from '@cch/core';
import type { PriceSource } from '../pricing/price-source.js';
import type { Runtime } from '../runtime.js';

const FETCH_TIMEOUT_MS = 60_000;

export type SyncSource = PriceSource;

export type SyncResult =
  | { ok: true; source: string; models: number; written: number; skipped: number }
  | { ok: false; source: string; reason: string };

async function readSource(source: SyncSource): Promise<string> {
  if (source.kind === 'file') return readFile(source.path, 'utf8');
  const response = await fetch(source.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${source.url}`);
  return response.text();
}

/**
 * Fetches LiteLLM's price file and writes it as `synced` rows. Any failure — unreachable,
 * not JSON, too few valid models — changes nothing and says why; manual rows are never replaced.
 */
export async function syncPrices(runtime: Runtime, source: SyncSource): Promise<SyncResult> {
  const label = source.kind === 'url' ? source.url : source.path;
  let json: unknown;
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    return { ok: false, source: label, reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the start of the text: never show a local file's contents back
    return { ok: false, source: label, reason: 'the price file is not JSON' };
  }
  const parsed = parseLitellmPrices(json);
  if (!parsed.ok) return { ok: false, source: label, reason: parsed.reason };
  const entries = [...parsed.prices].map(([model, prices]) => ({
    model,
    source: 'synced' as const,
    prices: { ...prices },
  }));
  const written = await upsertModelPrices(runtime.db, entries);
  return { ok: true, source: label, models: parsed.prices.size, written, skipped: parsed.skipped };
}
