// Shared pieces of the benchmarks: servers in child processes, a keep-alive load generator and
// /proc readings of a process's CPU time and RSS.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';

const TSX = new URL('../apps/gateway/node_modules/.bin/tsx', import.meta.url).pathname;

export interface Started {
  child: ChildProcess;
  info: Record<string, string>;
}

/** Runs a bench/servers script and waits for the one JSON line it prints when ready. */
export function startServer(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Started> {
  const child = spawn(TSX, ['--conditions=source', new URL(script, import.meta.url).pathname, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve({ child, info: JSON.parse(line) as Record<string, string> }),
    );
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

export function stopServer(server: Started): Promise<void> {
  if (server.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // a wrapper's own child (info.pid) would outlive a killed wrapper: kill both when shutdown hangs
    const force = setTimeout(() => {
      const inner = Number(server.info['pid']);
      if (inner && inner !== server.child.pid) {
        try {
          process.kill(inner, 'SIGKILL');
        } catch {}
      }
      server.child.kill('SIGKILL');
    }, 20_000);
    server.child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.child.kill('SIGTERM');
  });
}

export interface Target {
  url: URL;
  headers: Record<string, string>;
  agent: Agent;
}

export function target(base: string, path: string, headers: Record<string, string>, connections: number): Target {
  return {
    url: new URL(path, base),
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', ...headers },
    agent: new Agent({ keepAlive: true, maxSockets: connections }),
  };
}

/** One request; resolves with [time to first body byte, total] in ms, rejects on a status other than 200. */
export function once(t: Target, body: string): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let first = 0;
    const req = request(
      t.url,
      { method: 'POST', headers: { ...t.headers, 'content-length': Buffer.byteLength(body) }, agent: t.agent },
      (res) => {
        res.on('data', () => {
          if (first === 0) first = Number(process.hrtime.bigint() - started) / 1e6;
        });
        res.on('end', () =>
          res.statusCode === 200
            ? resolve([first, Number(process.hrtime.bigint() - started) / 1e6])
            : reject(new Error(`status ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `count` requests over `concurrency` connections; resolves with every [first byte, total] and the wall time. */
export async function run(
  t: Target,
  body: string,
  count: number,
  concurrency: number,
): Promise<{ samples: [number, number][]; seconds: number }> {
  const samples: [number, number][] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        samples.push(await once(t, body));
      }
    }),
  );
  return { samples, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** User + system CPU time of a process so far, in ms (Linux /proc; clock ticks are 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
