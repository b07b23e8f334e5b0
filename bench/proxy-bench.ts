// Direct-to-mock vs through-gateway, in one run: added latency (p50/p99) at concurrency 1,
// throughput at concurrency 32, streaming time to first byte, and the gateway's RSS under load.
// The gateway is the built product (apps/gateway/dist) with auth, limits and logging on.
// Run: pnpm bench   (options: BENCH_SECONDS=5 BENCH_SEQUENTIAL=2000; DATABASE_URL / REDIS_URL for
// PostgreSQL and Redis instead of embedded PGlite and the in-process store)
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const TSX = new URL('../apps/gateway/node_modules/.bin/tsx', import.meta.url).pathname;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const SEQUENTIAL = Number(process.env['BENCH_SEQUENTIAL'] ?? 2000);
const BODY = JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'benchmark request' }] });
const STREAM_BODY = JSON.stringify({ ...JSON.parse(BODY), stream: true });

function startServer(script: string, args: string[]): Promise<{ child: ChildProcess; info: Record<string, string> }> {
  const child = spawn(TSX, ['--conditions=source', new URL(script, import.meta.url).pathname, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, info: JSON.parse(line) as Record<string, string> }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

interface Target { url: URL; headers: Record<string, string>; agent: Agent }

function target(base: string, key: string | null, connections: number): Target {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' };
  if (key) headers['x-api-key'] = key;
  return { url: new URL('/v1/messages', base), headers, agent: new Agent({ keepAlive: true, maxSockets: connections }) };
}

/** One request; resolves with [time to first body byte, total] in ms. */
function once(t: Target, body: string): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let first = 0;
    const req = request(t.url, { method: 'POST', headers: { ...t.headers, 'content-length': Buffer.byteLength(body) }, agent: t.agent }, (res) => {
      res.on('data', () => { if (first === 0) first = Number(process.hrtime.bigint() - started) / 1e6; });
      res.on('end', () => (res.statusCode === 200 ? resolve([first, Number(process.hrtime.bigint() - started) / 1e6]) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function latency(t: Target, body: string, pick: 0 | 1): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 200; i++) await once(t, body);
  const samples: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) samples.push((await once(t, body))[pick]);
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function throughput(t: Target, body: string, concurrency: number, onTick?: () => void): Promise<number> {
  let done = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const ticker = onTick ? setInterval(onTick, 250) : null;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < deadline) {
      await once(t, body);
      done++;
    }
  }));
  if (ticker) clearInterval(ticker);
  return done / SECONDS;
}

/** User + system CPU time of a process so far, in ms (Linux /proc; clock ticks are 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const fmt = (n: number) => n.toFixed(3);
const mock = await startServer('./servers/mock.ts', []);
const gateway = await startServer('./servers/gateway.ts', [mock.info['url']!]);
try {
  const gatewayPid = Number(gateway.info['pid']);
  const direct1 = target(mock.info['url']!, null, 1);
  const via1 = target(gateway.info['url']!, gateway.info['key']!, 1);
  const direct32 = target(mock.info['url']!, null, 32);
  const via32 = target(gateway.info['url']!, gateway.info['key']!, 32);

  const d = await latency(direct1, BODY, 1);
  const cpuBeforeSequential = cpuMs(gatewayPid);
  const g = await latency(via1, BODY, 1);
  const cpuPerSequentialUs = ((cpuMs(gatewayPid) - cpuBeforeSequential) * 1000) / (SEQUENTIAL + 200);
  const ds = await latency(direct1, STREAM_BODY, 0);
  const gs = await latency(via1, STREAM_BODY, 0);
  const directRps = await throughput(direct32, BODY, 32);
  let peakRss = 0;
  const cpuBefore = cpuMs(gatewayPid);
  const viaRps = await throughput(via32, BODY, 32, () => (peakRss = Math.max(peakRss, rssMb(gatewayPid))));
  const cpuPerRequestUs = ((cpuMs(gatewayPid) - cpuBefore) * 1000) / (viaRps * SECONDS);
  const directStreamRps = await throughput(direct32, STREAM_BODY, 32);
  const viaStreamRps = await throughput(via32, STREAM_BODY, 32, () => (peakRss = Math.max(peakRss, rssMb(gatewayPid))));

  console.log(`\nclaude-code-hub proxy benchmark (${SEQUENTIAL} sequential requests, ${SECONDS}s per throughput run, ${process.env['REDIS_URL'] ? 'Redis' : 'in-process'} store, ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'embedded PGlite'} log)`);
  console.log(`non-stream latency  direct p50 ${fmt(d.p50)} ms p99 ${fmt(d.p99)} ms | gateway p50 ${fmt(g.p50)} ms p99 ${fmt(g.p99)} ms | added p50 ${fmt(g.p50 - d.p50)} ms p99 ${fmt(g.p99 - d.p99)} ms`);
  console.log(`stream TTFB         direct p50 ${fmt(ds.p50)} ms p99 ${fmt(ds.p99)} ms | gateway p50 ${fmt(gs.p50)} ms p99 ${fmt(gs.p99)} ms | added p50 ${fmt(gs.p50 - ds.p50)} ms p99 ${fmt(gs.p99 - ds.p99)} ms`);
  console.log(`non-stream c=32     direct ${directRps.toFixed(0)} req/s | gateway ${viaRps.toFixed(0)} req/s | ${((viaRps / directRps) * 100).toFixed(1)} % of direct`);
  console.log(`stream c=32         direct ${directStreamRps.toFixed(0)} req/s | gateway ${viaStreamRps.toFixed(0)} req/s | ${((viaStreamRps / directStreamRps) * 100).toFixed(1)} % of direct`);
  console.log(`gateway CPU per request: ${cpuPerSequentialUs.toFixed(0)} µs at c=1, ${cpuPerRequestUs.toFixed(0)} µs at c=32 (user + system, all threads)`);
  console.log(`gateway peak RSS under load: ${peakRss.toFixed(1)} MB`);
} finally {
  gateway.child.kill('SIGTERM');
  mock.child.kill('SIGTERM');
}
