import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

// The gateway as `pnpm start` runs it: src/main.ts in its own process.
const MAIN = new URL('../../src/main.ts', import.meta.url).pathname;
const TSX_LOADER = import.meta.resolve('tsx');

export interface GatewayProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/** Starts the gateway process with only PATH and `env` (plus loopback HOST and LOG_LEVEL=warn unless given). */
export function startGatewayProcess(env: Record<string, string>): GatewayProcess {
  const child = spawn(process.execPath, ['--conditions=source', '--import', TSX_LOADER, MAIN], {
    env: { PATH: process.env['PATH'] ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Polls `/readyz` until it answers 200; throws with the process output when it exits or never does. */
export async function waitReady(base: string, started: GatewayProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/readyz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return;
    if (started.child.exitCode !== null) throw new Error(`gateway exited: ${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gateway not ready: ${started.output()}`);
}

/** The pino JSON lines of a process's output whose `msg` contains `text`. */
export function logLines(output: string, text: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes(text))
    .map((line) => JSON.parse(line) as Record<string, unknown>); // pino writes one JSON object per line
}
