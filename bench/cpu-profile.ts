// Where the gateway's CPU time goes: runs ours (built, `pnpm build` first) under `node --cpu-prof`
// in front of the mock upstream, sends plain requests at c=32, stops it and prints the functions
// with the most self time, and the same summed per package.
// Run: apps/gateway/node_modules/.bin/tsx bench/cpu-profile.ts [postgres|embedded] [requests] [--claude-code]
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, startServer, stopServer, target } from './load.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const storage = process.argv[2] === 'embedded' ? 'embedded' : 'postgres';
const requests = Number(process.argv[3] ?? 8000);
const claudeCode = process.argv.includes('--claude-code');
const body = claudeCode
  ? JSON.stringify(JSON.parse(readFileSync(new URL('./fixtures/claude-code-request.json', import.meta.url), 'utf8')))
  : JSON.stringify({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      metadata: { user_id: JSON.stringify({ session_id: 'profile-session' }) },
      messages: [{ role: 'user', content: 'profile request' }],
    });

const dir = mkdtempSync(join(tmpdir(), 'cch-prof-'));
const mock = await startServer('./servers/mock.ts', []);
const gateway = await startServer('./servers/gateway.ts', [mock.info['url']!, storage, '24993'], {
  ...process.env,
  BENCH_NODE_ARGS: `--cpu-prof --cpu-prof-dir=${dir}`,
});
const t = target(gateway.info['url']!, '/v1/messages', { 'x-api-key': gateway.info['key']! }, 32);
await run(t, body, 500, 8);
const { seconds } = await run(t, body, requests, claudeCode ? 4 : 32);
t.agent.destroy();
await stopServer(gateway);
await stopServer(mock);

const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile in ${dir}: did the gateway exit cleanly?`);
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]!;
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function packageOf(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 14).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes('/packages/core/')) return '@cch/core';
  if (url.includes('/apps/gateway/')) return '@cch/gateway';
  return url.startsWith('node:') ? 'node' : url === '' ? '(native / idle / gc)' : url;
}

function nameOf(node: ProfileNode): string {
  const frame = node.callFrame;
  const where = frame.url.replace(/^.*\/(node_modules|packages|apps)\//, '$1/');
  return `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + us);
  const pkg = packageOf(node.callFrame.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
}

// inclusive time: a sample counts once for every distinct function on its stack (recursion once)
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const inclusive = new Map<string, number>();
for (const [id, us] of selfUs) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) seen.add(nameOf(byId.get(at)!));
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
}
const ownCode = (name: string) => / {2}(apps|packages)\//.test(name);
const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
console.log(`${requests} requests in ${seconds.toFixed(1)} s on ${storage}; profile ${join(dir, file)}`);
console.log('\nself time by function');
for (const [name, us] of top(byFunction, 30)) console.log(`${pct(us)}  ${name}`);
console.log('\ninclusive time of our own functions (callees included)');
for (const [name, us] of top(new Map([...inclusive].filter(([name]) => ownCode(name))), 30))
  console.log(`${pct(us)}  ${name}`);
console.log('\nself time by package');
for (const [name, us] of top(byPackage, 15)) console.log(`${pct(us)}  ${name}`);
