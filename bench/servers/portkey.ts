// Portkey's open-source gateway (npm `@portkey-ai/gateway`, a bench-only dev dependency) in its own
// process, headless, on a free port. Requests reach the mock upstream through the
// `x-portkey-custom-host` header the bench sends. Prints {url, pid} as one JSON line, or
// {skip: reason} when the package is not installed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let main: string;
try {
  const manifest = createRequire(import.meta.url).resolve('@portkey-ai/gateway/package.json');
  main = join(dirname(manifest), 'build/start-server.js');
} catch {
  process.stdout.write(`${JSON.stringify({ skip: '@portkey-ai/gateway is not installed' })}\n`);
  process.exit(0);
}
const port = await freePort();
const child = spawn(process.execPath, [main, `--port=${port}`, '--headless'], {
  // its own error log is one stack per failed request (streaming fails on Node 20: its code appends to
  // the immutable headers of a fetch Response); the bench notes failed phases itself
  stdio: ['ignore', 'ignore', 'ignore'],
  env: { PATH: process.env['PATH'], NODE_ENV: 'production' },
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  const up = await fetch(`${base}/`).then(
    () => true,
    () => false,
  );
  if (up) break;
  if (i > 120) throw new Error('Portkey did not start');
  await new Promise((resolve) => setTimeout(resolve, 250));
}
process.stdout.write(`${JSON.stringify({ url: base, pid: child.pid })}\n`);
process.on('SIGTERM', () => {
  child.kill('SIGTERM');
  child.once('exit', () => process.exit(0));
});
