/**
 * Real clients through the Responses translator, each answered by the other protocol's provider:
 * Codex (`codex exec`, Responses wire API) by a Claude provider, Claude Code (`claude -p`) by a
 * Codex (Responses) provider. The mock upstream first asks for a shell command (a streamed tool
 * call in its own protocol); the CLI runs it and sends the output back, which must reach the
 * provider as a tool result; then the mock's plain answer ends the turn. Each test is skipped when
 * its CLI is not installed (see support/real-cli.ts).
 */
import { type CreateProviderInput, listRequestLogs } from '@cch/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { findCli, makeHome, runCli } from './support/real-cli.js';

const codex = findCli('codex');
const claude = findCli('claude');

let upstream: MockUpstream;

beforeAll(async () => {
  upstream = await startMockUpstream({ name: 'A' });
});
afterAll(() => upstream?.close());
beforeEach(() => upstream.reset());

const sse = (events: Record<string, unknown>[]) =>
  events.map((event) => `event: ${String(event['type'])}\ndata: ${JSON.stringify(event)}\n\n`).join('');

/** A Claude turn: a sentence, then a call of Codex's `exec_command` tool. */
const TOOL_TURN = sse([
  {
    type: 'message_start',
    message: { id: 'msg_tool', model: 'claude-sonnet-4-6', usage: { input_tokens: 900, output_tokens: 1 } },
  },
  { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Running it now.' } },
  { type: 'content_block_stop', index: 0 },
  {
    type: 'content_block_start',
    index: 1,
    content_block: { type: 'tool_use', id: 'toolu_echo', name: 'exec_command', input: {} },
  },
  { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"cmd":"echo conv' } },
  { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: 'erted-tool-ok"}' } },
  { type: 'content_block_stop', index: 1 },
  { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 30 } },
  { type: 'message_stop' },
]);

interface WireMessage {
  role: string;
  content: { type: string; tool_use_id?: string; content?: unknown; text?: string }[];
}

/** A gateway whose only provider is `provider` (so the client cannot be served natively), and a caller's key. */
async function gatewayWith(provider: Partial<CreateProviderInput> & Pick<CreateProviderInput, 'baseUrl'>) {
  const gateway = await startGateway();
  await gateway.addProvider(provider);
  const { key } = await gateway.addCaller();
  return { gateway, key };
}

describe.skipIf(!codex)('Codex CLI answered by a Claude provider (Responses → Anthropic)', () => {
  let gateway: GatewayHarness;
  let key: string;
  beforeAll(async () => {
    ({ gateway, key } = await gatewayWith({
      name: 'claude-for-codex',
      type: 'claude',
      baseUrl: upstream.url,
      acceptedFormats: ['openai-responses'],
      modelRedirects: [{ match: 'exact', pattern: 'gpt-5-codex', target: 'claude-sonnet-4-6' }],
    }));
  });
  afterAll(() => gateway?.close());

  it('runs the tool the Claude model asked for and completes the turn', async () => {
    upstream.queueFaults({
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: TOOL_TURN,
    });
    const hub = `name="hub",base_url="${gateway.url}/v1",env_key="HUB_KEY",wire_api="responses"`;
    const run = await runCli({
      bin: codex!,
      args: [
        'exec',
        '--skip-git-repo-check',
        '-c',
        `model_providers.hub={${hub}}`,
        '-c',
        'model_provider=hub',
        '-m',
        'gpt-5-codex',
        'say hi',
      ],
      env: (home) => ({ CODEX_HOME: `${home}/.codex`, HUB_KEY: key }),
      files: { '.codex/.keep': '' },
    });
    const stderrTail = run.stderr.trim().split('\n').slice(-40).join('\n');
    console.info(`codex exec exit ${run.code}\n${run.stdout.trim()}\n--- stderr (tail) ---\n${stderrTail}`);

    const turns = upstream.requests.filter((request) => request.path.startsWith('/v1/messages'));
    expect(turns).toHaveLength(2); // no retry: Codex read both converted streams to their end
    const first = JSON.parse(turns[0]!.body) as { model: string; tools: { name: string }[]; stream: boolean };
    expect(first).toMatchObject({ model: 'claude-sonnet-4-6', stream: true });
    expect(first.tools.map((tool) => tool.name)).toContain('exec_command');

    // The second turn carries the call (after the text that preceded it) and Codex's result of it.
    const second = JSON.parse(turns[1]!.body) as { messages: WireMessage[] };
    const assistant = second.messages.findLast((message) => message.role === 'assistant');
    expect(assistant?.content.map((block) => block.type)).toEqual(['text', 'tool_use']);
    const results = second.messages.flatMap((m) => m.content).filter((block) => block.type === 'tool_result');
    expect(results).toEqual([expect.objectContaining({ tool_use_id: 'toolu_echo' })]);
    expect(JSON.stringify(results[0]?.content)).toContain('converted-tool-ok');

    // Codex showed the text that came before the call, and ran the call.
    expect(run.stderr).toContain('Running it now.');
    expect(run.stderr).toMatch(/echo converted-tool-ok[\s\S]*succeeded/);
    expect(run.stdout).toMatch(/hello from A/);
    expect(run.code).toBe(0);
    await gateway.flushLogs();
    const rows = (await listRequestLogs(gateway.runtime.db, { limit: 50 })).items;
    expect(rows.filter((row) => row.statusCode === 200 && row.protocol === 'openai-responses').length).toBe(
      turns.length,
    );
  }, 180_000);
});

/** A Responses turn: a sentence, then a call of Claude Code's `Bash` tool. */
const message = {
  id: 'msg_t',
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text: 'Running it now.', annotations: [] }],
};
const call = {
  id: 'fc_t',
  type: 'function_call',
  status: 'completed',
  call_id: 'call_echo',
  name: 'Bash',
  arguments: '{"command":"echo converted-tool-ok","description":"Print a marker"}',
};
const RESPONSES_TOOL_TURN = sse(
  [
    { type: 'response.created', response: { id: 'resp_t', model: 'gpt-5-codex', status: 'in_progress' } },
    { type: 'response.output_item.added', output_index: 0, item: { ...message, content: [] } },
    { type: 'response.output_text.delta', output_index: 0, content_index: 0, delta: 'Running it now.' },
    { type: 'response.output_item.done', output_index: 0, item: message },
    { type: 'response.output_item.added', output_index: 1, item: { ...call, arguments: '' } },
    { type: 'response.function_call_arguments.delta', output_index: 1, delta: call.arguments },
    { type: 'response.output_item.done', output_index: 1, item: call },
    {
      type: 'response.completed',
      response: {
        id: 'resp_t',
        model: 'gpt-5-codex',
        status: 'completed',
        output: [message, call],
        usage: { input_tokens: 900, input_tokens_details: { cached_tokens: 0 }, output_tokens: 30 },
      },
    },
  ].map((event, i) => ({ ...event, sequence_number: i })),
);

interface WireItem {
  type: string;
  role?: string;
  call_id?: string;
  output?: unknown;
}

describe.skipIf(!claude)('Claude Code answered by a Codex provider (Anthropic → Responses)', () => {
  let gateway: GatewayHarness;
  let key: string;
  beforeAll(async () => {
    ({ gateway, key } = await gatewayWith({
      name: 'codex-for-claude',
      type: 'codex',
      baseUrl: `${upstream.url}/v1`,
      acceptedFormats: ['anthropic'],
      modelRedirects: [{ match: 'regex', pattern: '^claude-.*$', target: 'gpt-5-codex' }],
    }));
  });
  afterAll(() => gateway?.close());

  it('runs the tool the OpenAI model asked for and completes the turn', async () => {
    upstream.queueFaults({
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: RESPONSES_TOOL_TURN,
    });
    const home = makeHome();
    const run = await runCli({
      bin: claude!,
      args: ['-p', 'say hi', '--allowedTools', 'Bash(echo:*)'],
      env: {
        ANTHROPIC_BASE_URL: gateway.url,
        ANTHROPIC_API_KEY: key,
        DISABLE_TELEMETRY: '1',
        DISABLE_AUTOUPDATER: '1',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      },
      home: home.path,
    }).finally(() => home.remove());
    const stderrTail = run.stderr.trim().split('\n').slice(-20).join('\n');
    console.info(`claude -p exit ${run.code}\n${run.stdout.trim()}\n--- stderr (tail) ---\n${stderrTail}`);

    const turns = upstream.requests.filter((request) => request.path.startsWith('/v1/responses'));
    expect(turns.length).toBeGreaterThanOrEqual(2);
    const first = JSON.parse(turns[0]!.body) as { model: string; tools: { name: string }[]; store: boolean };
    expect(first).toMatchObject({ model: 'gpt-5-codex', store: false });
    expect(first.tools.map((tool) => tool.name)).toContain('Bash');

    const second = JSON.parse(turns[1]!.body) as { input: WireItem[] };
    const types = second.input.map((item) => item.type);
    expect(types.slice(-3)).toEqual(['message', 'function_call', 'function_call_output']);
    const output = second.input.find((item) => item.type === 'function_call_output');
    expect(output).toMatchObject({ call_id: 'call_echo' });
    expect(JSON.stringify(output?.output)).toContain('converted-tool-ok');
    expect(run.stdout).toMatch(/hello from A/);
    expect(run.code).toBe(0);
  }, 240_000);
});
