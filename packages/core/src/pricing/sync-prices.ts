import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { upsertModelPrices } from '../db/queries/model-prices.js';
import type { Database } from '../db/schema.js';
import { parseLitellmPrices } from './parse-litellm-prices.js';

export interface SyncPricesOptions {
  /** An http(s) URL of LiteLLM's `model_prices_and_context_window.json`, a `file:` URL or a local path. */
  source: string;
  /** Injected for tests and proxies; the global fetch by default. */
  fetch?: typeof fetch;
  /** The whole download (headers and body). Default 30 s. */
  timeoutMs?: number;
  /** Passed to parseLitellmPrices: a file with fewer valid chat models is refused. */
  minChatModels?: number;
}

export type SyncPricesResult =
  | {
      ok: true;
      /** Rows inserted or replaced as `synced`. */
      updated: number;
      /** Entries of the file that were not valid prices. */
      skipped: number;
      /** Valid entries not written because an admin's manual row for that model wins. */
      manualKept: number;
    }
  | { ok: false; reason: string };

const DEFAULT_TIMEOUT_MS = 30_000;

function isHttpUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

async function download(
  url: string,
  options: SyncPricesOptions,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchFn = options.fetch ?? fetch;
  try {
    const response = await fetchFn(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: `${url} answered HTTP ${response.status}` };
    }
    return { ok: true, text: await response.text() };
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return { ok: false, reason: `${url} did not answer within ${timeoutMs} ms` };
    }
    return { ok: false, reason: `fetching ${url} failed: ${messageOf(error)}` };
  }
}

async function readSource(
  options: SyncPricesOptions,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const source = options.source.trim();
  if (source === '') return { ok: false, reason: 'no price source configured' };
  if (isHttpUrl(source)) return download(source, options);
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    return { ok: false, reason: `reading ${path} failed: ${messageOf(error)}` };
  }
}

/**
 * Loads LiteLLM's price file from a URL or a local file and upserts its valid entries as
 * `synced` rows; `manual` rows are never overwritten. A source that cannot be read, is not JSON
 * or does not look like a real price file changes nothing and returns the reason; the upsert is
 * one transaction, so a database error changes nothing either.
 */
export async function syncPrices(db: Kysely<Database>, options: SyncPricesOptions): Promise<SyncPricesResult> {
  const read = await readSource(options);
  if (!read.ok) return read;
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    return { ok: false, reason: `the price file is not JSON: ${messageOf(error)}` };
  }
  const parsed = parseLitellmPrices(
    json,
    options.minChatModels === undefined ? {} : { minChatModels: options.minChatModels },
  );
  if (!parsed.ok) return { ok: false, reason: `the price file was refused: ${parsed.reason}` };
  const entries = [...parsed.prices].map(([model, price]) => ({
    model,
    source: 'synced' as const,
    prices: { ...price },
  }));
  try {
    const updated = await upsertModelPrices(db, entries);
    return { ok: true, updated, skipped: parsed.skipped, manualKept: entries.length - updated };
  } catch (error) {
    return { ok: false, reason: `writing prices failed: ${messageOf(error)}` };
  }
}
