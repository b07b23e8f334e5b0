import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway, TEST_ADMIN_TOKEN } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let upstream: MockUpstream;
const api = (method: string, path: string, requestBody?: unknown) =>
  adminFetch(gateway.url, method, path, requestBody === undefined ? {} : { body: requestBody });

const from = new Date(Date.now() - 3_600_000).toISOString();
const to = new Date(Date.now() + 3_600_000).toISOString();
const period = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** Every file of a ZIP archive, read through its central directory, each CRC checked. */
function unzip(archive: Buffer): Map<string, string> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const crc = archive.readUInt32LE(at + 16);
    const compressed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString();
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = inflateRawSync(archive.subarray(dataStart, dataStart + compressed));
    expect(data.length, name).toBe(size);
    expect(crc32(data), name).toBe(crc);
    files.set(name, data.toString());
    at += 46 + nameLength;
  }
  return files;
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');

/** The sheet's rows as text and numbers, in order. */
function sheetRows(xml: string): (string | number)[][] {
  return [...xml.matchAll(/<row>(.*?)<\/row>/g)].map(([, row]) =>
    [...(row ?? '').matchAll(/<c(?: t="(\w+)")?>(?:<v>(.*?)<\/v>|<is><t[^>]*>(.*?)<\/t><\/is>)<\/c>|<c\/>/g)].map(
      ([, type, value, text]) =>
        type === 'inlineStr' ? unescapeXml(text ?? '') : value === undefined ? '' : Number(value),
    ),
  );
}

let alice: { id: string; key: string };
let bob: { id: string; key: string };
let providerId: string;

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([startGateway(), startMockUpstream({ name: 'report' })]);
  const provider = await gateway.addProvider({ name: 'report-upstream', baseUrl: upstream.url });
  providerId = provider.id;
  const a = await gateway.addCaller({ name: 'Alice, "the admin"' });
  const b = await gateway.addCaller({ name: '=cmd|bob' });
  alice = { id: a.user.id, key: a.key };
  bob = { id: b.user.id, key: b.key };
  for (const caller of [alice, alice, bob])
    expect((await callMessages(gateway.url, { key: caller.key })).status).toBe(200);
  await gateway.flushLogs();
});
afterAll(async () => Promise.all([gateway?.close(), upstream?.close()]));

describe('GET /admin/reports/cost', () => {
  it('answers CSV with names beside ids, one line per group and exact totals', async () => {
    const response = await api('GET', `/reports/cost?${period}&by=user,provider`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="cost-user-provider-.*\.csv"/);
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'user,userId,provider,providerId,requests,errors,inputTokens,outputTokens,cacheReadTokens,' +
        'cacheWrite5mTokens,cacheWrite1hTokens,reasoningTokens,costUsd',
    );
    const byUser = new Map(lines.slice(1, -1).map((line) => [line.includes(alice.id) ? 'alice' : 'bob', line]));
    expect(byUser.get('alice')).toMatch(
      new RegExp(`^"Alice, ""the admin""",${alice.id},report-upstream,${providerId},2,0,`),
    );
    // a name a spreadsheet would run as a formula is written as text
    expect(byUser.get('bob')).toMatch(new RegExp(`^'=cmd\\|bob,${bob.id},report-upstream,${providerId},1,0,`));
    const costs = lines.slice(1, -1).map((line) => Number(line.split(',').at(-1)));
    const total = lines.at(-1)?.split(',') ?? [];
    expect(total[0]).toBe('Total');
    expect(total[4]).toBe('3');
    expect(Number(total.at(-1))).toBeCloseTo(
      costs.reduce((sum, cost) => sum + cost, 0),
      12,
    );
    expect(Number(total.at(-1))).toBeGreaterThan(0);
  });

  it('answers a valid XLSX workbook with the same rows, numbers as numbers', async () => {
    const response = await fetch(`${gateway.url}/admin/reports/cost?${period}&by=model,user&format=xlsx`, {
      headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const archive = Buffer.from(await response.arrayBuffer());
    const files = unzip(archive);
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    const rows = sheetRows(files.get('xl/worksheets/sheet1.xml') ?? '');
    expect(rows[0]?.slice(0, 4)).toEqual(['model', 'user', 'userId', 'requests']);
    expect(rows).toHaveLength(4); // header, two users on one model, totals
    expect(
      rows
        .slice(1, 3)
        .map((row) => row[1])
        .sort(),
    ).toEqual(['=cmd|bob', 'Alice, "the admin"']);
    expect(rows[3]?.[0]).toBe('Total');
    expect(rows[3]?.[3]).toBe(3);
    expect(typeof rows[3]?.at(-1)).toBe('number');
    const python = pythonZipCheck(archive);
    if (python !== undefined) expect(python).toBe('ok');
  });

  it('names a deleted provider by its id and refuses a bad period or grouping', async () => {
    expect((await api('DELETE', `/providers/${providerId}`)).status).toBeLessThan(300);
    const response = await api('GET', `/reports/cost?${period}&by=provider`);
    expect(response.text.split('\r\n')[1]).toMatch(new RegExp(`^\\(deleted\\) ${providerId},${providerId},3,`));
    expect(
      (await api('GET', `/reports/cost?from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`)).status,
    ).toBe(400);
    expect((await api('GET', `/reports/cost?${period}&by=user,user`)).status).toBe(400);
    expect((await api('GET', `/reports/cost?${period}&by=team`)).status).toBe(400);
    expect((await api('GET', `/reports/cost?${period}&format=pdf`)).status).toBe(400);
    const unauthenticated = await adminFetch(gateway.url, 'GET', `/reports/cost?${period}`, { token: null });
    expect(unauthenticated.status).toBe(401);
  });
});

/** Python's zipfile as an independent reader, where python3 is installed. */
function pythonZipCheck(archive: Buffer): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'cch-xlsx-'));
  try {
    const path = join(dir, 'report.xlsx');
    writeFileSync(path, archive);
    const script = 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print("ok" if z.testzip() is None else "bad")';
    return execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
