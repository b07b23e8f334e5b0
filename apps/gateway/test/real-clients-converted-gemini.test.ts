/**
 * The real Gemini CLI served by a Claude provider through conversion: `gemini -p` against the
 * gateway, the gateway converts to the Messages API of a scripted Claude upstream, which first
 * calls the CLI's `list_directory` tool and then answers with what the tool returned. The CLI runs
 * the tool and completes. Skipped when the CLI is not installed (see support/real-cli.ts).
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listRequestLogs } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { findCli, makeHome, runCli } from './support/real-cli.js';

const gemini = findCli('gemini');
const claude = findCli('claude');

type Json = Record<string, unknown>;
interface Message {
  role: string;
  content: string | Json[];
}

let gateway: GatewayHarness;
let upstream: Server;
let upstreamUrl: string;
const seen: Json[] = [];

/** The tool result text of the conversation's last user turn, if it is one. */
function lastToolResult(messages: Message[]): string | null {
  const last = messages.at(-1);
  if (!last || typeof last.content === 'string') return null;
  const result = last.content.find((block) => block['type'] === 'tool_result');
  if (!result) return null;
  const content = result['content'];
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.map((block: Json) => String(block['text'] ?? '')).join('\n') : '';
}

function sse(events: Json[]): string {
  return events.map((event) => `event: ${String(event['type'])}\ndata: ${JSON.stringify(event)}\n\n`).join('');
}

const usage = { input_tokens: 40, output_tokens: 9, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };

/** A Messages answer as one text block or one tool call, streamed or whole. */
function answer(body: Json, block: Json): { contentType: string; text: string } {
  const stopReason = block['type'] === 'tool_use' ? 'tool_use' : 'end_turn';
  const message = { id: `msg_${seen.length}`, type: 'message', role: 'assistant', model: String(body['model']) };
  if (body['stream'] !== true) {
    const whole = { ...message, content: [block], stop_reason: stopReason, stop_sequence: null, usage };
    return { contentType: 'application/json', text: JSON.stringify(whole) };
  }
  const { input, ...opening } = block;
  const delta =
    block['type'] === 'tool_use'
      ? { type: 'input_json_delta', partial_json: JSON.stringify(input) }
      : { type: 'text_delta', text: String(block['text']) };
  const start = block['type'] === 'tool_use' ? { ...opening, input: {} } : { type: 'text', text: '' };
  const events = [
    { type: 'message_start', message: { ...message, content: [], usage: { ...usage, output_tokens: 1 } } },
    { type: 'content_block_start', index: 0, content_block: start },
    { type: 'content_block_delta', index: 0, delta },
    { type: 'content_block_stop', index: 0 },
    { type: 'message_delta', delta: { stop_reason: stopReason, stop_sequence: null }, usage },
    { type: 'message_stop' },
  ];
  return { contentType: 'text/event-stream', text: sse(events) };
}

/**
 * The scripted Claude provider: a JSON-schema request (the CLI's own checks) gets a JSON answer;
 * a turn ending on a tool result gets the result back as text; any other turn with the CLI's
 * `list_directory` tool calls it on the directory named in the prompt.
 */
function respond(body: Json): { contentType: string; text: string } {
  const messages = (body['messages'] ?? []) as Message[];
  const format = (body['output_config'] as Json | undefined)?.['format'];
  if (format) return answer(body, { type: 'text', text: '{"next_speaker":"user","reasoning":"done"}' });
  const result = lastToolResult(messages);
  if (result !== null) return answer(body, { type: 'text', text: `The directory holds: ${result}` });
  const tools = (body['tools'] ?? []) as Json[];
  const listing = tools.find((tool) => tool['name'] === 'list_directory');
  if (!listing) return answer(body, { type: 'text', text: 'no list_directory tool was offered' });
  const schema = listing['input_schema'] as { required?: string[] };
  const param = schema.required?.[0] ?? 'dir_path';
  const directory = /DIR=([^\s"\\]+)/.exec(JSON.stringify(messages))?.[1] ?? '.';
  return answer(body, { type: 'tool_use', id: 'toolu_list_1', name: 'list_directory', input: { [param]: directory } });
}

/** Gemini's answer chunk: text or one function call carrying a thought signature. */
function geminiChunk(part: Json): string {
  const chunk = {
    candidates: [{ content: { role: 'model', parts: [part] }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: 60, candidatesTokenCount: 9, totalTokenCount: 69 },
    modelVersion: 'gemini-2.5-flash',
    responseId: `resp-${geminiSeen.length}`,
  };
  return `data: ${JSON.stringify(chunk)}\r\n\r\n`;
}

const GEMINI_SIGNATURE = 'CiQBthoughtSignatureFromGemini==';
const geminiSeen: { path: string; body: Json }[] = [];

/**
 * The scripted Gemini provider for Claude Code: a turn ending on a function response gets its
 * output back as text; a turn offering `Read` calls it on the file named in the prompt, with a
 * thought signature; anything else (titles, quota checks) gets a short text.
 */
function respondAsGemini(body: Json): string {
  const contents = (body['contents'] ?? []) as { role?: string; parts: Json[] }[];
  const response = contents.at(-1)?.parts.find((part) => part['functionResponse'] !== undefined);
  if (response) {
    const output = JSON.stringify((response['functionResponse'] as Json)['response']);
    return geminiChunk({ text: `The file says: ${output}` });
  }
  const tools = (body['tools'] ?? []) as { functionDeclarations?: Json[] }[];
  const read = tools.flatMap((tool) => tool.functionDeclarations ?? []).find((tool) => tool['name'] === 'Read');
  const file = /FILE=([^\s"\\]+)/.exec(JSON.stringify(contents))?.[1];
  if (!read || !file) return geminiChunk({ text: 'ok' });
  return geminiChunk({ functionCall: { name: 'Read', args: { file_path: file } }, thoughtSignature: GEMINI_SIGNATURE });
}

let geminiUpstream: Server;

beforeAll(async () => {
  geminiUpstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Json; // the gateway posts JSON
      geminiSeen.push({ path: req.url ?? '', body });
      const text = respondAsGemini(body);
      if (req.url?.includes(':streamGenerateContent'))
        res.writeHead(200, { 'content-type': 'text/event-stream' }).end(text);
      else res.writeHead(200, { 'content-type': 'application/json' }).end(text.slice('data: '.length).trim());
    });
  });
  geminiUpstream.listen(0, '127.0.0.1');
  await once(geminiUpstream, 'listening');
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Json; // the gateway posts JSON
      seen.push(body);
      const { contentType, text } = respond(body);
      res.writeHead(200, { 'content-type': contentType }).end(text);
    });
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`; // a TCP listener
  gateway = await startGateway();
  // Each client's group holds only the provider that must convert for it: each provider speaks the
  // other client's protocol natively, so with both in reach the scheduler could pick either.
  await gateway.addProvider({
    name: 'gemini-for-claude-code',
    type: 'gemini',
    baseUrl: `http://127.0.0.1:${(geminiUpstream.address() as AddressInfo).port}`, // a TCP listener
    acceptedFormats: ['anthropic'],
    groups: ['claude-code'],
    modelRedirects: [{ match: 'prefix', pattern: 'claude-', target: 'gemini-2.5-flash' }],
  });
  await gateway.addProvider({
    name: 'claude-for-gemini-cli',
    type: 'claude',
    baseUrl: upstreamUrl,
    acceptedFormats: ['gemini'],
    groups: ['gemini-cli'],
    modelRedirects: [{ match: 'prefix', pattern: 'gemini-', target: 'claude-sonnet-4-6' }],
  });
});
afterAll(async () => {
  await gateway?.close();
  for (const server of [upstream, geminiUpstream])
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe.skipIf(!gemini)('Gemini CLI answered by a Claude provider (converted)', () => {
  it('calls list_directory on the Claude model’s request, runs it, and prints the answer built from it', async () => {
    const { key } = await gateway.addCaller({ group: 'gemini-cli' });
    const home = makeHome();
    const run = await runCli({
      bin: gemini!,
      args: ['-m', 'gemini-2.5-flash', '-p', `List the files. DIR=${home.path}`],
      env: { GEMINI_API_KEY: key, GOOGLE_GEMINI_BASE_URL: gateway.url, GEMINI_CLI_TRUST_WORKSPACE: 'true' },
      files: {
        '.gemini/settings.json': JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } }),
        'marker-file-7f3a.txt': 'marker',
      },
      home: home.path,
    }).finally(home.remove);
    const stderr = run.stderr.trim().split('\n').slice(-8).join('\n');
    console.info(`gemini -p exit ${run.code}\n--- stdout ---\n${run.stdout.trim()}\n--- stderr (tail) ---\n${stderr}`);
    expect(run.stdout).toMatch(/The directory holds: .*marker-file-7f3a\.txt/s);
    expect(run.code).toBe(0);
    const toolTurn = seen.find((body) => lastToolResult((body['messages'] ?? []) as Message[]) !== null);
    expect(toolTurn?.['model']).toBe('claude-sonnet-4-6');
    await gateway.flushLogs();
    const rows = (await listRequestLogs(gateway.runtime.db, { limit: 100 })).items;
    expect(rows.filter((row) => row.statusCode === 200 && row.protocol === 'gemini').length).toBeGreaterThanOrEqual(2);
  }, 180_000);
});

describe.skipIf(!claude)('Claude Code answered by a Gemini provider (converted)', () => {
  it('reads a file on the Gemini model’s call, sends its thought signature back, and prints the answer', async () => {
    const { key } = await gateway.addCaller({ group: 'claude-code' });
    const home = makeHome();
    const file = `${home.path}/note-5c1e.txt`;
    const run = await runCli({
      bin: claude!,
      args: ['-p', `Read the note. FILE=${file}`],
      env: {
        ANTHROPIC_BASE_URL: gateway.url,
        ANTHROPIC_API_KEY: key,
        DISABLE_TELEMETRY: '1',
        DISABLE_AUTOUPDATER: '1',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      },
      files: { 'note-5c1e.txt': 'the secret word is quince' },
      home: home.path,
    }).finally(home.remove);
    const stderr = run.stderr.trim().split('\n').slice(-8).join('\n');
    console.info(`claude -p exit ${run.code}\n--- stdout ---\n${run.stdout.trim()}\n--- stderr (tail) ---\n${stderr}`);
    expect(run.stdout).toMatch(/The file says: .*quince/s);
    expect(run.code).toBe(0);
    // The turn with the function response carries the call back with Gemini's own signature.
    const answered = geminiSeen.find(({ body }) => JSON.stringify(body).includes('"functionResponse"'));
    const model = ((answered?.body['contents'] ?? []) as { role: string; parts: Json[] }[]).find(
      (content) => content.role === 'model',
    );
    expect(model?.parts).toContainEqual({
      functionCall: { id: expect.any(String), name: 'Read', args: { file_path: file } },
      thoughtSignature: GEMINI_SIGNATURE,
    });
    expect(answered?.path).toMatch(/^\/v1beta\/models\/gemini-2\.5-flash:streamGenerateContent\?alt=sse$/);
  }, 240_000);
});
