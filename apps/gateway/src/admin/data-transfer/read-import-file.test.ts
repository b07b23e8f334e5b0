import { describe, expect, it } from 'vitest';
import { AdminError } from '../problem.js';
import { readImportFile } from './read-import-file.js';

const HEADER = JSON.stringify({
  type: 'header',
  format: 'cch-export',
  version: 1,
  source: 'test',
  exportedAt: '2026-12-01T00:00:00.000Z',
  includesLogs: false,
});
const SETTING = JSON.stringify({
  type: 'setting',
  data: { key: 'logs.retentionDays', value: 30, updatedAt: '2026-12-01T00:00:00.000Z' },
});
const end = (records: number) => JSON.stringify({ type: 'end', records });

/** The body as the HTTP layer hands it over: chunks cut at arbitrary bytes. */
async function* chunks(text: string, size = 7): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function refusal(text: string, maxBytes?: number): Promise<AdminError> {
  const error = await readImportFile(chunks(text), maxBytes).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AdminError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('readImportFile', () => {
  it('reads header and records split across chunks, CRLF and blank lines included', async () => {
    const file = await readImportFile(chunks(`${HEADER}\r\n\r\n${SETTING}\r\n${end(1)}\r\n`, 5));
    expect(file.header.source).toBe('test');
    expect(file.records).toEqual([JSON.parse(SETTING)]);
  });

  it('keeps a multi-byte character cut between chunks intact', async () => {
    const named = SETTING.replace('"value":30', '"value":"ключ 🔑"');
    const file = await readImportFile(chunks(`${HEADER}\n${named}\n${end(1)}\n`, 3));
    expect(file.records[0]).toMatchObject({ data: { value: 'ключ 🔑' } });
  });

  it('reads a provider row written before a timeout setting existed, with that setting at its default', async () => {
    const provider = {
      id: 'p-1',
      name: 'old',
      type: 'claude',
      baseUrl: 'https://api.example.com',
      apiKeyEncrypted: 'v1:aXY=:dGFn:Y2lwaGVy',
      enabled: true,
      weight: 1,
      priority: 0,
      groups: ['default'],
      costMultiplier: '1',
      modelRedirects: [],
      allowedModels: [],
      allowedClients: [],
      blockedClients: [],
      activeHours: null,
      proxyUrl: null,
      proxyFallbackToDirect: false,
      customHeaders: {},
      timeouts: { connectMs: 5000, firstByteMs: 60000, streamIdleMs: 120000, totalMs: 600000 },
      retryBudget: 1,
      circuitBreaker: { failureThreshold: 5, openDurationMs: 1800000, halfOpenSuccesses: 2, countNetworkErrors: true },
      concurrencyLimit: null,
      limits: {
        rpm: null,
        concurrentSessions: null,
        usd5h: null,
        usdDaily: null,
        usdWeekly: null,
        usdMonthly: null,
        usdTotal: null,
        fiveHourMode: 'rolling',
        dailyMode: 'fixed',
        dailyResetTime: '00:00',
      },
      acceptedFormats: [],
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    const line = JSON.stringify({ type: 'provider', data: provider });
    const file = await readImportFile(chunks(`${HEADER}\n${line}\n${end(1)}\n`));
    expect(file.records[0]).toMatchObject({ data: { timeouts: { connectMs: 5000, hedgeAfterMs: null } } });
  });

  it('refuses, naming the line: a missing header, a wrong version, an unknown type, a bad field', async () => {
    expect((await refusal(`${SETTING}\n`)).detail).toMatch(/^Line 1: not a Claude Code Hub export header/);
    expect((await refusal(`${HEADER.replace('"version":1', '"version":2')}\n`)).detail).toMatch(/^Line 1: .*version/);
    expect((await refusal(`${HEADER}\n{"type":"mystery","data":{}}\n`)).detail).toMatch(/^Line 2: /);
    const badUser = '{"type":"user","data":{"id":"u","name":""}}';
    expect((await refusal(`${HEADER}\n${SETTING}\n${badUser}\n`)).detail).toMatch(/^Line 3: data\.name: /);
  });

  it('refuses a truncated file, a wrong count and anything after the end line', async () => {
    expect((await refusal(`${HEADER}\n${SETTING}\n`)).detail).toMatch(/no end line/);
    expect((await refusal(`${HEADER}\n${SETTING}\n${end(2)}\n`)).detail).toMatch(/counts 2 records, the file has 1/);
    expect((await refusal(`${HEADER}\n${end(0)}\n${SETTING}\n`)).detail).toMatch(/^Line 3: nothing may follow/);
    expect((await refusal('')).detail).toMatch(/empty/);
  });

  it('refuses a file over the size limit with 413 and bytes that are not UTF-8 with 400', async () => {
    const big = await refusal(`${HEADER}\n${SETTING}\n${end(1)}\n`, 100);
    expect(big.status).toBe(413);
    const binary = await readImportFile(
      (async function* () {
        yield Buffer.from([0xff, 0xfe, 0x00, 0x0a]);
      })(),
    ).catch((e: unknown) => e);
    expect(binary).toBeInstanceOf(AdminError);
    expect((binary as AdminError).detail).toMatch(/not UTF-8/);
  });
});
