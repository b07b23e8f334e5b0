/**
 * The real Codex CLI (`codex exec`, Responses wire API) and the real Gemini CLI (`gemini -p`, Gemini
 * API) each answered by an OpenAI-compatible provider through conversion. The scripted upstream is
 * a Chat Completions server on loopback (streamed or whole, as the gateway asks): a turn offering
 * the CLI's tool calls it, the turn carrying the tool's result gets that result back as text, so
 * each CLI runs one real tool loop. Each client's caller is in a group holding only the provider
 * that converts for it. A third provider's streams fail after their first words: the Gemini CLI
 * must exit with the error, not 0 with half an answer. Skipped when a CLI is not installed (see
 * support/real-cli.ts).
 */
import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DecisionChain, listRequestLogs } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { findCli, makeHome, runCli } from './support/real-cli.js';

const codex = findCli('codex');
const gemini = findCli('gemini');

type Json = Record<string, unknown>;
interface ChatMessage {
  role: string;
  content: unknown;
  tool_call_id?: string;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
}
interface ChatBody {
  model: string;
  stream?: boolean;
  messages: ChatMessage[];
  tools?: { function: { name: string; parameters?: { required?: string[] } } }[];
  response_format?: { type: string };
  stream_options?: { include_usage?: boolean };
}

let gateway: GatewayHarness;
let upstream: Server;
const seen: ChatBody[] = [];

const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((part: Json) => String(part['text'] ?? '')).join('\n')
      : '';

const usage = { prompt_tokens: 60, completion_tokens: 9, total_tokens: 69 };

/** What the model says: a text, or one call of a tool with these arguments. */
type Turn = { text: string } | { call: { name: string; arguments: Json } };

/** A Chat Completions answer for `turn`, whole or as chunks (role, content or call pieces, finish, usage). */
function answer(body: ChatBody, turn: Turn): { contentType: string; text: string } {
  const base = { id: `chatcmpl-${seen.length}`, created: 1_700_000_000, model: body.model };
  const toolCall =
    'call' in turn
      ? {
          id: `call_${turn.call.name}_1`,
          type: 'function',
          function: { name: turn.call.name, arguments: JSON.stringify(turn.call.arguments) },
        }
      : null;
  const finish = toolCall ? 'tool_calls' : 'stop';
  if (body.stream !== true) {
    const message = toolCall
      ? { role: 'assistant', content: null, tool_calls: [toolCall] }
      : { role: 'assistant', content: 'text' in turn ? turn.text : '' };
    const choices = [{ index: 0, message, finish_reason: finish }];
    return {
      contentType: 'application/json',
      text: JSON.stringify({ ...base, object: 'chat.completion', choices, usage }),
    };
  }
  const chunk = (delta: Json, finishReason: string | null = null) => {
    const choices = [{ index: 0, delta, finish_reason: finishReason }];
    return `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices })}\n\n`;
  };
  let text = chunk({ role: 'assistant', content: '' });
  if (toolCall) {
    const args = toolCall.function.arguments;
    const half = Math.floor(args.length / 2);
    text += chunk({
      tool_calls: [{ index: 0, ...toolCall, function: { name: toolCall.function.name, arguments: '' } }],
    });
    text += chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(0, half) } }] });
    text += chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(half) } }] });
  } else if ('text' in turn) {
    const words = turn.text.split(/(?<= )/);
    for (const word of words) text += chunk({ content: word });
  }
  text += chunk({}, finish);
  if (body.stream_options?.include_usage)
    text += `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [], usage })}\n\n`;
  return { contentType: 'text/event-stream', text: `${text}data: [DONE]\n\n` };
}

/**
 * The scripted model: a JSON-mode request (the Gemini CLI's own checks) gets JSON; a turn ending
 * on a tool result gets the result back as text; a turn offering Codex's `exec_command` (or
 * `shell`) runs an echo, one offering the Gemini CLI's `list_directory` lists the directory
 * named in the prompt; anything else gets a short text.
 */
function respond(body: ChatBody): Turn {
  if (body.response_format && body.response_format.type !== 'text')
    return { text: '{"next_speaker":"user","reasoning":"done"}' };
  const last = body.messages.at(-1);
  if (last?.role === 'tool') return { text: `The tool said: ${textOf(last.content)}` };
  const tools = body.tools ?? [];
  const named = (name: string) => tools.find((tool) => tool.function.name === name);
  if (named('exec_command')) return { call: { name: 'exec_command', arguments: { cmd: 'echo chat-tool-ok' } } };
  if (named('shell')) return { call: { name: 'shell', arguments: { command: ['echo', 'chat-tool-ok'] } } };
  const listing = named('list_directory');
  if (listing) {
    const param = listing.function.parameters?.required?.[0] ?? 'dir_path';
    const directory = /DIR=([^\s"\\]+)/.exec(JSON.stringify(body.messages))?.[1] ?? '.';
    return { call: { name: 'list_directory', arguments: { [param]: directory } } };
  }
  return { text: 'ok' };
}

/** The model of a provider whose streams fail after their first words. */
const BROKEN_MODEL = 'gpt-broken';

/** A streamed answer that starts, then (a moment later) reports a server error instead of finishing. */
function sendBrokenStream(body: ChatBody, res: ServerResponse): void {
  const base = { id: 'chatcmpl-broken', object: 'chat.completion.chunk', created: 1_700_000_000, model: body.model };
  const chunk = (delta: Json) =>
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`;
  const error = { error: { message: 'The server had an error processing your request.', type: 'server_error' } };
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write(chunk({ role: 'assistant', content: '' }) + chunk({ content: 'Half an ans' }));
  setTimeout(() => res.end(`data: ${JSON.stringify(error)}\n\n`), 50);
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"no such path"}}');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString()) as ChatBody; // the gateway posts JSON
      seen.push(body);
      if (body.model === BROKEN_MODEL) {
        sendBrokenStream(body, res);
        return;
      }
      const { contentType, text } = answer(body, respond(body));
      res.writeHead(200, { 'content-type': contentType }).end(text);
    });
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  const baseUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`; // a TCP listener
  gateway = await startGateway();
  // Each client's group holds only the provider that converts for it (the scheduler picks at random
  // among the providers that can serve a request).
  await gateway.addProvider({
    name: 'chat-for-codex',
    type: 'openai-compatible',
    baseUrl,
    acceptedFormats: ['openai-responses'],
    groups: ['codex'],
    modelRedirects: [{ match: 'exact', pattern: 'gpt-5-codex', target: 'gpt-4.1-mini' }],
  });
  await gateway.addProvider({
    name: 'chat-for-gemini-cli',
    type: 'openai-compatible',
    baseUrl,
    acceptedFormats: ['gemini'],
    groups: ['gemini-cli'],
    modelRedirects: [{ match: 'prefix', pattern: 'gemini-', target: 'gpt-4o-mini' }],
  });
  await gateway.addProvider({
    name: 'broken-chat-for-gemini-cli',
    type: 'openai-compatible',
    baseUrl,
    acceptedFormats: ['gemini'],
    groups: ['gemini-cli-broken'],
    modelRedirects: [{ match: 'prefix', pattern: 'gemini-', target: BROKEN_MODEL }],
  });
});
afterAll(async () => {
  await gateway?.close();
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
});

const report = (name: string, run: { code: number | null; stdout: string; stderr: string }) =>
  console.info(
    `${name} exit ${run.code}\n--- stdout ---\n${run.stdout.trim()}\n` +
      `--- stderr (tail) ---\n${run.stderr.trim().split('\n').slice(-12).join('\n')}`,
  );

/** The log rows of successful requests of this protocol, each converted to Chat Completions. */
async function convertedRows(protocol: string) {
  await gateway.flushLogs();
  const rows = (await listRequestLogs(gateway.runtime.db, { limit: 200 })).items;
  return rows.filter((row) => row.protocol === protocol && row.statusCode === 200);
}

describe.skipIf(!codex)('Codex CLI answered by an OpenAI-compatible provider (Responses → Chat)', () => {
  it('runs the tool the Chat model asked for, sends its output back and prints the answer', async () => {
    const { key } = await gateway.addCaller({ group: 'codex' });
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
    report('codex exec via a chat provider', run);
    expect(run.stdout).toMatch(/The tool said: [\s\S]*chat-tool-ok/);
    expect(run.code).toBe(0);

    const turns = seen.filter((body) => body.model === 'gpt-4.1-mini');
    expect(turns).toHaveLength(2); // no retry: Codex read both converted streams to their end
    expect(turns[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(turns[0]!.messages[0]!.role).toMatch(/^(system|developer)$/); // Codex's instructions
    // The second turn carries the call and Codex's output of it as a tool message answering it.
    const call = turns[1]!.messages.find((message) => message.tool_calls)?.tool_calls?.[0];
    expect(call?.function.name).toMatch(/^(exec_command|shell)$/);
    const result = turns[1]!.messages.at(-1);
    expect(result).toMatchObject({ role: 'tool', tool_call_id: call?.id });
    expect(textOf(result?.content)).toContain('chat-tool-ok');

    const rows = await convertedRows('openai-responses');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.billedModel).toBe('gpt-4.1-mini');
      expect(row.outputTokens).toBe(9);
      expect((row.decisionChain as DecisionChain).attempts.at(-1)?.converted).toEqual({
        from: 'openai-responses',
        to: 'openai-chat',
      });
    }
  }, 180_000);
});

describe.skipIf(!gemini)('Gemini CLI answered by an OpenAI-compatible provider (Gemini → Chat)', () => {
  it('calls list_directory on the Chat model’s request, runs it, and prints the answer built from it', async () => {
    const { key } = await gateway.addCaller({ group: 'gemini-cli' });
    const home = makeHome();
    const run = await runCli({
      bin: gemini!,
      args: ['-m', 'gemini-2.5-flash', '-p', `List the files. DIR=${home.path}`],
      env: { GEMINI_API_KEY: key, GOOGLE_GEMINI_BASE_URL: gateway.url, GEMINI_CLI_TRUST_WORKSPACE: 'true' },
      files: {
        '.gemini/settings.json': JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } }),
        'marker-file-9d2b.txt': 'marker',
      },
      home: home.path,
    }).finally(home.remove);
    report('gemini -p via a chat provider', run);
    expect(run.stdout).toMatch(/The tool said: [\s\S]*marker-file-9d2b\.txt/);
    expect(run.code).toBe(0);

    const turns = seen.filter((body) => body.model === 'gpt-4o-mini');
    const asked = turns.find((body) => body.tools?.some((tool) => tool.function.name === 'list_directory'));
    expect(asked?.messages.at(-1)?.role).toBe('user');
    // The turn with the result carries the call (its id given by the gateway) and the tool message answering it.
    const answered = turns.find((body) => body.messages.at(-1)?.role === 'tool');
    const call = answered?.messages.find((message) => message.tool_calls)?.tool_calls?.[0];
    expect(call?.function.name).toBe('list_directory');
    expect(answered?.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: call?.id });
    expect(textOf(answered?.messages.at(-1)?.content)).toContain('marker-file-9d2b.txt');

    const rows = await convertedRows('gemini');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.billedModel).toBe('gpt-4o-mini');
      expect((row.decisionChain as DecisionChain).attempts.at(-1)?.converted).toEqual({
        from: 'gemini',
        to: 'openai-chat',
      });
    }
  }, 180_000);
});

describe.skipIf(!gemini)('Gemini CLI whose converted stream fails after content', () => {
  it('exits with an error, never 0 with half an answer', async () => {
    const { key } = await gateway.addCaller({ group: 'gemini-cli-broken' });
    const run = await runCli({
      bin: gemini!,
      args: ['-m', 'gemini-2.5-flash', '-p', 'say hi'],
      env: { GEMINI_API_KEY: key, GOOGLE_GEMINI_BASE_URL: gateway.url, GEMINI_CLI_TRUST_WORKSPACE: 'true' },
      files: { '.gemini/settings.json': JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } }) },
    });
    report('gemini -p via a chat provider failing mid-stream', run);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('The server had an error processing your request.'); // the upstream's words
    expect(seen.some((body) => body.model === BROKEN_MODEL)).toBe(true);
  }, 240_000);
});
