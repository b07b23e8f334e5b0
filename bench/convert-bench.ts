// Cross-protocol conversion cost: gateway CPU per Claude Code-sized request (~100 KB: system prompt,
// 20 tools, 40 turns of tool use) served natively (anthropic → anthropic) and converted
// (anthropic → openai-chat, → openai-responses, → gemini), against the mock upstream; and the time
// to the first byte of a converted stream next to a native one. The gateway is the built product
// (apps/gateway/dist, run `pnpm build` first) in its own process with auth, limits and logging on.
// Run: apps/gateway/node_modules/.bin/tsx bench/convert-bench.ts   (BENCH_REQUESTS=400 BENCH_STREAMS=200)
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 400);
const STREAMS = Number(process.env['BENCH_STREAMS'] ?? 200);
const PORT = Number(process.env['BENCH_GATEWAY_PORT'] ?? 24_991);
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
const TSX = new URL('../apps/gateway/node_modules/.bin/tsx', import.meta.url).pathname;
const MAIN = new URL('../apps/gateway/dist/main.js', import.meta.url).pathname;

/** A request the size and shape Claude Code sends mid-session. */
function claudeCodeRequest(model: string, stream: boolean): string {
  const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 97}`).join(' ');
  const tools = Array.from({ length: 20 }, (_, i) => ({
    name: `Tool${i}`,
    description: words(120, 'describe'),
    input_schema: {
      type: 'object',
      properties: {
        path: { type: 'string', description: words(20, 'path') },
        mode: { type: 'string', enum: ['read', 'write', 'append'] },
        limit: { type: 'integer', minimum: 1 },
      },
      required: ['path'],
      additionalProperties: false,
    },
  }));
  const messages: unknown[] = [{ role: 'user', content: [{ type: 'text', text: words(200, 'task') }] }];
  for (let turn = 0; turn < 20; turn++) {
    messages.push({
      role: 'assistant',
      content: [
        { type: 'text', text: words(60, 'plan') },
        { type: 'tool_use', id: `toolu_${turn}`, name: `Tool${turn % 20}`, input: { path: `src/file${turn}.ts` } },
      ],
    });
    messages.push({
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: `toolu_${turn}`, content: words(300, 'line') }],
    });
  }
  return JSON.stringify({
    model,
    max_tokens: 32_000,
    stream,
    system: [
      { type: 'text', text: "You are Claude Code, Anthropic's official CLI for Claude." },
      { type: 'text', text: words(1500, 'instruction'), cache_control: { type: 'ephemeral' } },
    ],
    tools,
    messages,
    metadata: { user_id: 'user_bench_account__session_00000000-0000-0000-0000-000000000000' },
  });
}

function startMock(): Promise<{ child: ChildProcess; url: string }> {
  const script = new URL('./servers/mock.ts', import.meta.url).pathname;
  const child = spawn(TSX, ['--conditions=source', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve({ child, url: (JSON.parse(line) as { url: string }).url }),
    );
    child.once('exit', (code) => reject(new Error(`mock exited with ${code}`)));
  });
}

const base = `http://127.0.0.1:${PORT}`;

async function admin<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}/admin${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST /admin${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function startGateway(): Promise<ChildProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` first`);
  const child = spawn(process.execPath, [MAIN], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env['PATH'],
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SERVE_CONSOLE: 'false',
      ADMIN_TOKEN,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'cch-convert-bench-')),
    },
  });
  for (let i = 0; ; i++) {
    const ready = await fetch(`${base}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return child;
    if (i > 240) throw new Error('the gateway did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One provider per case, each taking only its own requested model (so the model picks the path). */
const CASES = [
  { label: 'native anthropic → anthropic', model: 'claude-native', type: 'claude', path: '', target: null },
  {
    label: 'anthropic → openai-chat',
    model: 'claude-via-chat',
    type: 'openai-compatible',
    path: '/v1',
    target: 'gpt-4o',
  },
  { label: 'anthropic → openai-responses', model: 'claude-via-responses', type: 'codex', path: '/v1', target: 'gpt-5' },
  { label: 'anthropic → gemini', model: 'claude-via-gemini', type: 'gemini', path: '', target: 'gemini-2.5-flash' },
] as const;

function once(agent: Agent, key: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let first = 0;
    const headers = {
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
      'x-api-key': key,
      'content-length': Buffer.byteLength(body),
    };
    const req = request(new URL('/v1/messages', base), { method: 'POST', headers, agent }, (res) => {
      res.on('data', () => {
        if (first === 0) first = Number(process.hrtime.bigint() - started) / 1e6;
      });
      res.on('end', () => (res.statusCode === 200 ? resolve(first) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** User + system CPU time of a process so far, in ms (Linux /proc; clock ticks are 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU of a process and its descendants (tsx runs the mock in a child node process). */
function treeCpuMs(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean);
  return cpuMs(pid) + children.reduce((sum, child) => sum + treeCpuMs(Number(child)), 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const mock = await startMock();
const gateway = await startGateway();
try {
  for (const c of CASES) {
    await admin('/providers', {
      name: c.label,
      type: c.type,
      baseUrl: `${mock.url}${c.path}`,
      apiKey: 'sk-bench-upstream-key-0000000000',
      allowedModels: [c.model],
      ...(c.target && {
        acceptedFormats: ['anthropic'],
        modelRedirects: [{ match: 'exact', pattern: c.model, target: c.target }],
      }),
    });
  }
  const user = await admin<{ id: string }>('/users', { name: 'bench', rpmLimit: 1_000_000, usdDailyLimit: '1000000' });
  const { key } = await admin<{ key: string }>(`/users/${user.id}/keys`, { name: 'bench' });
  await new Promise((resolve) => setTimeout(resolve, 300)); // the config cache reloads on change
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const pid = gateway.pid!;
  const rows: { label: string; bytes: number; cpuUs: number; mockCpuUs: number; ttfbMs: number }[] = [];
  for (const c of CASES) {
    const body = claudeCodeRequest(c.model, false);
    const streamBody = claudeCodeRequest(c.model, true);
    for (let i = 0; i < 50; i++) await once(agent, key, body);
    const before = cpuMs(pid);
    const mockBefore = treeCpuMs(mock.child.pid!);
    for (let i = 0; i < REQUESTS; i++) await once(agent, key, body);
    const cpuUs = ((cpuMs(pid) - before) * 1000) / REQUESTS;
    const mockCpuUs = ((treeCpuMs(mock.child.pid!) - mockBefore) * 1000) / REQUESTS;
    const ttfb: number[] = [];
    for (let i = 0; i < STREAMS; i++) ttfb.push(await once(agent, key, streamBody));
    rows.push({ label: c.label, bytes: Buffer.byteLength(body), cpuUs, mockCpuUs, ttfbMs: median(ttfb) });
  }
  const native = rows[0]!;
  console.log(`\nconversion benchmark: ${REQUESTS} sequential requests and ${STREAMS} streams per case`);
  const head =
    '| case | request | gateway CPU / request | × native | mock upstream CPU / request | stream first byte (p50) |';
  console.log(head);
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) {
    const ratio = (row.cpuUs / native.cpuUs).toFixed(2);
    const size = `${(row.bytes / 1024).toFixed(0)} KB`;
    const cpu = `${row.cpuUs.toFixed(0)} µs | ${ratio} | ${row.mockCpuUs.toFixed(0)} µs`;
    console.log(`| ${row.label} | ${size} | ${cpu} | ${row.ttfbMs.toFixed(2)} ms |`);
  }
} finally {
  gateway.kill('SIGTERM');
  mock.child.kill('SIGTERM');
}
