// The governed proxy against a bare Node pipe proxy, side by side in one run: every target is its
// own process in front of the same mock upstream (Anthropic /v1/messages), measured one after the
// other by this keep-alive load generator.
//   bare      node:http server + keep-alive agent, nothing else (bench/servers/bare-proxy.ts)
//   postgres  ours on PostgreSQL + Redis       } auth, limits (RPM, concurrent sessions, USD windows),
//   embedded  ours on PGlite + in-process store } session binding, breaker and request logging on
//   portkey   Portkey's gateway (npm @portkey-ai/gateway), skipped when not installed
// Per target: CPU per request (the process's user + system time / requests), throughput at c=32,
// latency at c=1, streaming time to first byte, a recorded Claude Code request (76 KB, 24 tools)
// at c=4, and RSS afterwards; then each ratio against the bare proxy.
//
// Run: pnpm bench            (about 5 minutes on a quiet machine; `pnpm bench --quick` takes about 1)
// Options (environment): BENCH_SCALE=0.2 (what --quick sets) scales every request count;
// BENCH_TARGETS=bare,postgres,embedded,portkey picks targets; BENCH_SOAK=100000 then sends that
// many more requests to each of ours, printing RSS every 10,000; BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres, a fresh database is created and dropped) and
// BENCH_REDIS_URL (default redis://127.0.0.1:6379/14); BENCH_BASELINE=/path/to/another/checkout (built)
// adds ours from that checkout as well, for a before/after comparison in one run.
// "fail-open admissions": requests the limiter let through unchecked because the state store did not
// answer within STORE_TIMEOUT_MS — a run with many of them measured less than the full governed path.
import { readFileSync } from 'node:fs';
import { cpuMs, once, percentile, rssMb, run, type Started, startServer, stopServer, target } from './load.js';

const quick = process.argv.includes('--quick');
const SCALE = Number(process.env['BENCH_SCALE'] ?? (quick ? 0.2 : 1));
const COUNTS = {
  sequential: Math.round(1500 * SCALE),
  concurrent: Math.round(6000 * SCALE),
  claudeCode: Math.round(1000 * SCALE),
  // V8 keeps optimising a gateway's code for a few thousand requests (on a background thread that
  // competes for the same 2 cores); measure the steady state a long-running gateway is in
  warmUp: Math.round(3000 * SCALE),
};
const BASELINE = process.env['BENCH_BASELINE'];
const SOAK = Number(process.env['BENCH_SOAK'] ?? 0);
const SELECTED = (process.env['BENCH_TARGETS'] ?? 'bare,postgres,embedded,portkey').split(',');

const SESSION = JSON.stringify({ device_id: 'bench', account_uuid: '', session_id: 'bench-session-0001' });
const PLAIN = JSON.stringify({
  model: 'claude-sonnet-4-5',
  max_tokens: 64,
  metadata: { user_id: SESSION },
  messages: [{ role: 'user', content: 'benchmark request' }],
});
const STREAM = JSON.stringify({ ...JSON.parse(PLAIN), stream: true });
// recorded with bench/record-claude-fixture.ts; sent compact, as the CLI sends it
const CLAUDE_CODE = JSON.stringify(
  JSON.parse(readFileSync(new URL('./fixtures/claude-code-request.json', import.meta.url), 'utf8')),
);

interface Row {
  name: string;
  pid: number | null;
  cpuUs?: number;
  claudeCodeCpuUs?: number;
  rps?: number;
  p50?: number;
  p99?: number;
  firstByte?: number;
  claudeCodeP50?: number;
  rssMb?: number;
  /** Requests the limiter let through unchecked because the state store did not answer in time. */
  failOpen?: number;
  notes: string[];
}

interface Subject {
  name: string;
  base: string;
  pid: number | null;
  headers: Record<string, string>;
}

async function measure(subject: Subject): Promise<Row> {
  const row: Row = { name: subject.name, pid: subject.pid, notes: [] };
  const one = target(subject.base, '/v1/messages', subject.headers, 1);
  const many = target(subject.base, '/v1/messages', subject.headers, 32);
  const four = target(subject.base, '/v1/messages', subject.headers, 4);
  const cpu = () => (subject.pid === null ? 0 : cpuMs(subject.pid));
  const phase = async <T>(what: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      row.notes.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  await phase('warm-up', async () => {
    await run(many, PLAIN, COUNTS.warmUp, 8);
    await run(many, STREAM, COUNTS.warmUp, 8);
    await run(four, CLAUDE_CODE, Math.round(COUNTS.warmUp / 10), 4);
  });
  const cpuStart = cpu();
  let small = 0;
  const plain1 = await phase('c=1', () => run(one, PLAIN, COUNTS.sequential, 1));
  if (plain1) {
    small += COUNTS.sequential;
    const totals = plain1.samples.map(([, total]) => total);
    row.p50 = percentile(totals, 50);
    row.p99 = percentile(totals, 99);
  }
  const stream1 = await phase('stream c=1', () => run(one, STREAM, COUNTS.sequential, 1));
  if (stream1) {
    small += COUNTS.sequential;
    row.firstByte = percentile(
      stream1.samples.map(([first]) => first),
      50,
    );
  }
  const plain32 = await phase('c=32', () => run(many, PLAIN, COUNTS.concurrent, 32));
  if (plain32) {
    small += COUNTS.concurrent;
    row.rps = COUNTS.concurrent / plain32.seconds;
  }
  const stream32 = await phase('stream c=32', () => run(many, STREAM, COUNTS.concurrent, 32));
  if (stream32) small += COUNTS.concurrent;
  if (subject.pid !== null && small > 0) row.cpuUs = ((cpu() - cpuStart) * 1000) / small;
  const cpuClaudeCode = cpu();
  const claudeCode = await phase('Claude Code body', () => run(four, CLAUDE_CODE, COUNTS.claudeCode, 4));
  if (claudeCode) {
    row.claudeCodeP50 = percentile(
      claudeCode.samples.map(([, total]) => total),
      50,
    );
    if (subject.pid !== null) row.claudeCodeCpuUs = ((cpu() - cpuClaudeCode) * 1000) / COUNTS.claudeCode;
  }
  if (subject.pid !== null) row.rssMb = rssMb(subject.pid);
  if (subject.name.startsWith('ours')) row.failOpen = await failOpenAdmissions(subject.base);
  for (const t of [one, many, four]) t.agent.destroy();
  return row;
}

async function failOpenAdmissions(base: string): Promise<number | undefined> {
  const text = await fetch(`${base}/metrics`)
    .then((response) => response.text())
    .catch(() => '');
  const match = /^cch_limiter_degraded_admissions(?:\{[^}]*\})? (\d+)/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

async function soak(subject: Subject): Promise<void> {
  const many = target(subject.base, '/v1/messages', subject.headers, 32);
  for (let sent = 0; sent < SOAK; ) {
    const batch = Math.min(10_000, SOAK - sent);
    await run(many, PLAIN, batch, 32);
    sent += batch;
    console.log(`soak ${subject.name}: ${sent} requests, RSS ${rssMb(subject.pid!).toFixed(0)} MB`);
  }
  many.agent.destroy();
}

const num = (value: number | undefined, digits = 0, unit = '') =>
  value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(digits)}${unit}`;
const ratio = (value: number | undefined, base: number | undefined) =>
  value === undefined || base === undefined || base === 0 ? '' : ` (${(value / base).toFixed(1)}×)`;
const share = (value: number | undefined, base: number | undefined) =>
  value === undefined || base === undefined || base === 0 ? '' : ` (${((value / base) * 100).toFixed(0)} %)`;
const added = (value: number | undefined, base: number | undefined) =>
  value === undefined || base === undefined ? '' : ` (+${(value - base).toFixed(2)})`;

function printTable(rows: Row[]): void {
  const bare = rows.find((row) => row.name.startsWith('bare'));
  console.log(
    '\n| target | CPU/request | CPU/request, Claude Code body | c=32 req/s | c=1 p50 ms | c=1 p99 ms |' +
      ' stream first byte ms | Claude Code body p50 ms (c=4) | RSS after | fail-open admissions |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const self = row === bare || row.pid === null;
    const cells = [
      row.name,
      num(row.cpuUs, 0, ' µs') + (self ? '' : ratio(row.cpuUs, bare?.cpuUs)),
      num(row.claudeCodeCpuUs, 0, ' µs') + (self ? '' : ratio(row.claudeCodeCpuUs, bare?.claudeCodeCpuUs)),
      num(row.rps) + (self ? '' : share(row.rps, bare?.rps)),
      num(row.p50, 2) + (self ? '' : added(row.p50, bare?.p50)),
      num(row.p99, 2),
      num(row.firstByte, 2) + (self ? '' : added(row.firstByte, bare?.firstByte)),
      num(row.claudeCodeP50, 2) + (self ? '' : added(row.claudeCodeP50, bare?.claudeCodeP50)),
      num(row.rssMb, 0, ' MB'),
      num(row.failOpen),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  for (const row of rows) for (const note of row.notes) console.log(`note: ${row.name}: ${note}`);
}

const servers: Started[] = [];
const rows: Row[] = [];
try {
  const mock = await startServer('./servers/mock.ts', []);
  servers.push(mock);
  const upstream = mock.info['url']!;
  const subjects: Subject[] = [{ name: 'direct to the mock', base: upstream, pid: null, headers: {} }];
  if (SELECTED.includes('bare')) {
    const bare = await startServer('./servers/bare-proxy.ts', [upstream]);
    servers.push(bare);
    subjects.push({
      name: 'bare Node pipe proxy',
      base: bare.info['url']!,
      pid: Number(bare.info['pid']),
      headers: {},
    });
  }
  const builds: [string, string | undefined][] = [['', undefined]];
  if (BASELINE) builds.unshift([' (baseline)', BASELINE]);
  const ourTargets = [
    ['postgres', 'PostgreSQL + Redis'],
    ['embedded', 'PGlite + memory'],
  ] as const;
  let port = 24_991;
  for (const [label, root] of builds)
    for (const [storage, what] of ourTargets) {
      if (!SELECTED.includes(storage)) continue;
      const name = `ours${label}, ${what}`;
      const env = root ? { ...process.env, BENCH_GATEWAY_ROOT: root } : process.env;
      const ours = await startServer('./servers/gateway.ts', [upstream, storage, String(port++)], env);
      servers.push(ours);
      const headers = { 'x-api-key': ours.info['key']! };
      subjects.push({ name, base: ours.info['url']!, pid: Number(ours.info['pid']), headers });
    }
  if (SELECTED.includes('portkey')) {
    const portkey = await startServer('./servers/portkey.ts', []);
    servers.push(portkey);
    if (portkey.info['skip']) console.log(`Portkey skipped: ${portkey.info['skip']}`);
    else {
      const headers = {
        'x-portkey-provider': 'anthropic',
        'x-portkey-custom-host': `${upstream}/v1`,
        'x-api-key': 'sk-bench-upstream-key-0000000000',
      };
      subjects.push({
        name: 'Portkey 1.15 (npm)',
        base: portkey.info['url']!,
        pid: Number(portkey.info['pid']),
        headers,
      });
    }
  }
  const total = 2 * COUNTS.sequential + 2 * COUNTS.concurrent + COUNTS.claudeCode;
  console.log(
    `claude-code-hub proxy benchmark: ${total} requests per target (c=1 ${COUNTS.sequential} plain + ` +
      `${COUNTS.sequential} streaming, c=32 ${COUNTS.concurrent} plain + ${COUNTS.concurrent} streaming, ` +
      `${COUNTS.claudeCode} Claude Code bodies of ${(CLAUDE_CODE.length / 1024).toFixed(0)} KB at c=4)`,
  );
  for (const subject of subjects) {
    await once(target(subject.base, '/v1/messages', subject.headers, 1), PLAIN).catch(() => undefined);
    const row = await measure(subject);
    rows.push(row);
    console.log(`measured ${subject.name}`);
  }
  printTable(rows);
  if (SOAK > 0) for (const subject of subjects.filter((s) => s.name.startsWith('ours'))) await soak(subject);
} finally {
  for (const server of servers.reverse()) await stopServer(server);
}
