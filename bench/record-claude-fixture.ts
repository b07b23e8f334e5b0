// Records a real Claude Code request body as a bench fixture: runs the CLI (`$CCH_CLIENTS_BIN/claude`)
// once against the mock upstream, keeps the largest `/v1/messages` body it sent, and writes it to
// bench/fixtures/claude-code-request.json with the user-identifying metadata replaced.
// Run: apps/gateway/node_modules/.bin/tsx bench/record-claude-fixture.ts
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockUpstream } from '../apps/gateway/test/mock-upstream/index.js';

const bin = process.env['CCH_CLIENTS_BIN'];
if (!bin) throw new Error('set CCH_CLIENTS_BIN to the folder holding the claude CLI');
const upstream = await startMockUpstream({ name: 'fixture', tokensPerStream: 5 });
try {
  // async: the mock upstream answers from this same process
  const cli = spawn(join(bin, 'claude'), ['-p', 'List the files in this folder and summarise the README.'], {
    cwd: mkdtempSync(join(tmpdir(), 'cch-fixture-cwd-')),
    env: {
      PATH: process.env['PATH'],
      HOME: mkdtempSync(join(tmpdir(), 'cch-fixture-home-')),
      ANTHROPIC_BASE_URL: upstream.url,
      ANTHROPIC_API_KEY: 'sk-fixture-0000000000000000',
      DISABLE_TELEMETRY: '1',
      DISABLE_AUTOUPDATER: '1',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 120_000,
  });
  const [code] = await once(cli, 'exit');
  if (code !== 0) console.warn(`claude exited with ${code}`);
  const bodies = upstream.requests.filter((r) => r.path.startsWith('/v1/messages')).map((r) => r.body);
  const largest = bodies.sort((a, b) => b.length - a.length)[0];
  if (!largest) throw new Error('the CLI sent no /v1/messages request');
  const body = JSON.parse(largest) as { metadata?: { user_id?: string } };
  body.metadata = {
    user_id: JSON.stringify({
      device_id: '0'.repeat(64),
      account_uuid: '',
      session_id: '00000000-0000-4000-8000-000000000000',
    }),
  };
  const out = new URL('./fixtures/claude-code-request.json', import.meta.url).pathname;
  writeFileSync(out, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`wrote ${out}: ${Buffer.byteLength(JSON.stringify(body))} bytes compact, from ${bodies.length} requests`);
} finally {
  await upstream.close();
}
