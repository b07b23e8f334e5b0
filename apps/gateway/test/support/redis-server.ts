import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './gateway-process.js';

export interface RedisServer {
  url: string;
  /** SIGSTOP: the server keeps its connections but answers nothing (a frozen host). */
  pause(): void;
  /** SIGCONT after pause(). */
  resume(): void;
  /** Kills the server and starts a new, empty one on the same port (a restart without persistence). */
  restartEmpty(): Promise<void>;
  stop(): Promise<void>;
}

export const redisServerAvailable = (): boolean => existsSync('/usr/bin/redis-server');

async function waitListening(child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (output().includes('Ready to accept connections')) return;
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not start: ${output()}`);
}

/** A private redis-server on a free loopback port, without persistence, that a test may freeze, kill and restart. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess;
  const launch = async () => {
    let output = '';
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitListening(child, () => output);
  };
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await exited;
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    async restartEmpty() {
      await kill();
      await launch();
    },
    stop: kill,
  };
}
