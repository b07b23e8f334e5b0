/**
 * The real CLIs served by a provider of another protocol: the gateway converts each request and
 * answer through the IR. The mock upstream answers a prompt holding `[[call <Tool> <args>]]` with a
 * call of that tool, and the next turn (carrying the tool's result) with its usual echo, so each
 * CLI runs one real tool loop. Each test is skipped when its CLI is not installed.
 */
import { type DecisionChain, listRequestLogs } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { MOCK_THINKING_SIGNATURE } from './mock-upstream/tool-calls.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { findCli, makeHome, runCli } from './support/real-cli.js';

const claude = findCli('claude');

const claudeEnv = (gateway: GatewayHarness, key: string) => ({
  ANTHROPIC_BASE_URL: gateway.url,
  ANTHROPIC_API_KEY: key,
  DISABLE_TELEMETRY: '1',
  DISABLE_AUTOUPDATER: '1',
  CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
});

type ChatBody = { messages: { role: string; content: unknown; tool_calls?: unknown[] }[] };

/** The Chat Completions bodies a mock received, in order. */
const chatBodies = (upstream: MockUpstream): ChatBody[] =>
  upstream.requests
    .filter((request) => request.path.startsWith('/v1/chat/completions'))
    .map((request) => JSON.parse(request.body) as ChatBody); // the gateway sends JSON

const report = (name: string, run: { code: number | null; stdout: string; stderr: string }) =>
  console.info(
    `${name} exit ${run.code}\n--- stdout ---\n${run.stdout.trim()}\n` +
      `--- stderr (tail) ---\n${run.stderr.trim().split('\n').slice(-5).join('\n')}`,
  );

describe.skipIf(!claude)('Claude Code (claude -p) answered by an OpenAI-compatible (Chat) provider', () => {
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  let key: string;

  beforeAll(async () => {
    [gateway, upstream] = await Promise.all([startGateway(), startMockUpstream({ name: 'O' })]);
    await gateway.addProvider({
      name: 'chat-for-claude-code',
      type: 'openai-compatible',
      baseUrl: upstream.url,
      acceptedFormats: ['anthropic'],
      modelRedirects: [{ match: 'prefix', pattern: 'claude-', target: 'gpt-4.1-mini' }],
    });
    ({ key } = await gateway.addCaller());
  });
  afterAll(async () => {
    await Promise.all([gateway?.close(), upstream?.close()]);
  });

  it('calls the tool the Chat provider asks for, sends its result back and prints the answer', async () => {
    const run = await runCli({
      bin: claude!,
      args: ['-p', 'Please [[call Glob {"pattern":"*.md"}]]', '--allowedTools', 'Glob'],
      env: claudeEnv(gateway, key),
      files: { 'NOTES-FOR-THE-TOOL.md': '# notes\n' },
    });
    report('claude -p via a chat provider', run);
    expect(run.stdout).toMatch(/hello from O: /);
    expect(run.code).toBe(0);

    const withTools = chatBodies(upstream).filter((body) => JSON.stringify(body).includes('"name":"Glob"'));
    expect(withTools.length).toBeGreaterThanOrEqual(2);
    const [ask, answer] = withTools;
    // Claude Code's system prompt and its mid-list system messages stay system messages.
    expect(ask!.messages[0]!.role).toBe('system');
    expect(ask!.messages.some((message) => message.role === 'assistant')).toBe(false);
    expect(ask).toMatchObject({ model: 'gpt-4.1-mini', stream: true, stream_options: { include_usage: true } });
    expect(JSON.stringify(ask)).not.toContain('cache_control');
    // The second turn carries the Glob result as a tool message: the file the tool found.
    const toolMessage = answer!.messages.find((message) => message.role === 'tool');
    expect(String(toolMessage?.content)).toContain('NOTES-FOR-THE-TOOL.md');

    await gateway.flushLogs();
    const rows = (await listRequestLogs(gateway.runtime.db, { limit: 100 })).items.filter(
      (row) => row.endpoint === 'anthropic.messages' && row.statusCode === 200,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.billedModel).toBe('gpt-4.1-mini');
      expect(row.outputTokens).toBeGreaterThan(0);
      expect((row.decisionChain as DecisionChain).attempts.at(-1)?.converted).toEqual({
        from: 'anthropic',
        to: 'openai-chat',
      });
    }
  }, 300_000);
});

describe.skipIf(!claude)(
  'Claude Code resumed (--continue) after failing over from a Claude provider to a Chat one',
  () => {
    let gateway: GatewayHarness;
    let claudeUpstream: MockUpstream;
    let chatUpstream: MockUpstream;
    let key: string;

    beforeAll(async () => {
      [gateway, claudeUpstream, chatUpstream] = await Promise.all([
        startGateway(),
        startMockUpstream({ name: 'C' }),
        startMockUpstream({ name: 'O' }),
      ]);
      await gateway.addProvider({ name: 'claude-first', type: 'claude', baseUrl: claudeUpstream.url, priority: 0 });
      await gateway.addProvider({
        name: 'chat-fallback',
        type: 'openai-compatible',
        baseUrl: chatUpstream.url,
        priority: 1,
        acceptedFormats: ['anthropic'],
        modelRedirects: [{ match: 'prefix', pattern: 'claude-', target: 'gpt-4.1-mini' }],
      });
      ({ key } = await gateway.addCaller());
    });
    afterAll(async () => {
      await Promise.all([gateway?.close(), claudeUpstream?.close(), chatUpstream?.close()]);
    });

    it('continues the conversation, signed thinking left behind, without an invalid-signature error', async () => {
      const home = makeHome();
      const env = { ...claudeEnv(gateway, key), MAX_THINKING_TOKENS: '4096' };
      try {
        const first = await runCli({
          bin: claude!,
          args: ['-p', 'Please [[call Glob {"pattern":"*.md"}]]', '--allowedTools', 'Glob'],
          env,
          home: home.path,
          files: { 'NOTES-FOR-THE-TOOL.md': '# notes\n' },
        });
        report('claude -p on the Claude provider', first);
        expect(first.stdout).toMatch(/hello from C: /);
        // Claude Code sent the signed thinking back with the tool result: the history holds it.
        expect(claudeUpstream.requests.some((request) => request.body.includes(MOCK_THINKING_SIGNATURE))).toBe(true);
        expect(chatBodies(chatUpstream)).toHaveLength(0);

        claudeUpstream.setFault({ kind: 'status', status: 529 });
        const second = await runCli({
          bin: claude!,
          args: ['-p', '--continue', 'and now say hi', '--allowedTools', 'Glob'],
          env,
          home: home.path,
        });
        report('claude -p --continue on the Chat provider', second);
        expect(second.stdout).toMatch(/hello from O: [\s\S]*and now say hi/);
        expect(second.code).toBe(0);
        const resumed = chatBodies(chatUpstream).find((body) => JSON.stringify(body).includes('and now say hi'));
        expect(resumed).toBeDefined();
        const sent = JSON.stringify(resumed);
        expect(sent).not.toContain(MOCK_THINKING_SIGNATURE);
        expect(sent).not.toContain('I will call the tool the user asked for.');
        expect(resumed!.messages.some((message) => message.role === 'tool')).toBe(true);
        expect(resumed!.messages.find((message) => message.tool_calls)?.tool_calls).toMatchObject([
          { type: 'function', function: { name: 'Glob', arguments: '{"pattern":"*.md"}' } },
        ]);
      } finally {
        home.remove();
      }
    }, 300_000);
  },
);
