/**
 * The official `@google/genai` SDK reads what the Gemini converters write: `generateContentStream`
 * reads the encoder's chunks (thoughts, text, function calls, usage), `generateContent` the
 * converted answer, and what the SDK sends reads into the IR. A tiny loopback server plays the
 * gateway, serving the converter's output.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FunctionCall, GoogleGenAI, type GenerateContentResponse, Type } from '@google/genai';
import { type IrResponse, type IrStreamEvent, protocolAdapter } from '@cch/core';
import { KITCHEN_SINK_STREAM } from '@cch/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const translator = protocolAdapter('gemini').translator!;

let server: Server;
let google: GoogleGenAI;
let answer: { contentType: string; body: string } = { contentType: 'application/json', body: '{}' };
const received: { url: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>; // the SDK posts JSON
      received.push({ url: req.url ?? '', body });
      res.writeHead(200, { 'content-type': answer.contentType }).end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo; // a TCP listener has an AddressInfo
  google = new GoogleGenAI({
    apiKey: 'test-key',
    httpOptions: { baseUrl: `http://127.0.0.1:${port}`, apiVersion: 'v1beta' },
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
});

function serveStream(events: readonly IrStreamEvent[], clientPath: string): void {
  const encoder = translator.createStreamEncoder({ requestedModel: 'gemini-2.5-flash', clientPath });
  const body = events.map((event) => encoder.push(event)).join('') + encoder.end();
  answer = { contentType: 'text/event-stream', body };
}

const SSE_PATH = '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse';

const params = {
  model: 'gemini-2.5-flash',
  contents: 'List the files, then read README.md.',
  config: {
    systemInstruction: 'Be careful.',
    tools: [
      {
        functionDeclarations: [
          {
            name: 'ls',
            description: 'List a directory',
            parameters: { type: Type.OBJECT, properties: { path: { type: Type.STRING } }, required: ['path'] },
          },
        ],
      },
    ],
    thinkingConfig: { includeThoughts: true, thinkingBudget: 2048 },
    maxOutputTokens: 1024,
  },
};

const usage = {
  inputTokens: 120,
  outputTokens: 48,
  cacheReadTokens: 1000,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  reasoningTokens: 8,
};

describe('@google/genai reads the converted answers', () => {
  it('generateContentStream reads thoughts, text, parallel function calls and usage', async () => {
    serveStream(
      KITCHEN_SINK_STREAM.map((event) => (event.type === 'finish' ? { ...event, usage } : event)),
      SSE_PATH,
    );
    const stream = await google.models.generateContentStream(params);
    const chunks: GenerateContentResponse[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((chunk) => chunk.text ?? '').join('');
    const calls = chunks.flatMap((chunk): FunctionCall[] => chunk.functionCalls ?? []);
    const thoughts = chunks.flatMap((chunk) => chunk.candidates?.[0]?.content?.parts?.filter((p) => p.thought) ?? []);
    expect(text).toBe('Listing now.');
    expect(thoughts.map((part) => part.text)).toEqual(['The user wants files.']);
    expect(calls).toEqual([
      { id: 'call_ls_1', name: 'ls', args: { path: '.' } },
      { id: 'call_cat_2', name: 'cat', args: { path: 'README.md' } },
    ]);
    const last = chunks.at(-1);
    expect(last?.candidates?.[0]?.finishReason).toBe('STOP');
    expect(last?.modelVersion).toBe('gemini-2.5-flash');
    expect(last?.usageMetadata).toMatchObject({
      promptTokenCount: 1120,
      cachedContentTokenCount: 1000,
      candidatesTokenCount: 40,
      thoughtsTokenCount: 8,
    });
    expect(received[0]?.url).toMatch(/:streamGenerateContent\?alt=sse$/);
  });

  it('raises an upstream failure mid-stream as an error, not a short answer', async () => {
    serveStream(
      [
        { type: 'start', id: 'r', model: 'claude-sonnet-4-6' },
        { type: 'block_start', index: 0, block: { type: 'text' } },
        { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Half' } },
        { type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' },
      ],
      SSE_PATH,
    );
    const read = async () => {
      const stream = await google.models.generateContentStream(params);
      for await (const _chunk of stream) {
        // drain
      }
    };
    // one read holds the last frame and the bare error tail: the SDK finds the tail incomplete
    await expect(read()).rejects.toThrow(/Overloaded|Incomplete JSON segment/);
  });

  it('generateContent reads a converted complete answer, and what the SDK sends reads into the IR', async () => {
    const response: IrResponse = {
      id: 'msg_1',
      model: 'claude-sonnet-4-6',
      content: [
        { type: 'thinking', text: 'think', signature: { protocol: 'anthropic', value: 'sig' } },
        { type: 'text', text: 'Reading both.' },
        { type: 'tool_call', id: 'toolu_1', name: 'cat', arguments: '{"path":"a"}' },
        { type: 'tool_call', id: 'toolu_2', name: 'cat', arguments: '{"path":"b"}' },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage,
    };
    const context = {
      requestedModel: 'gemini-2.5-flash',
      clientPath: '/v1beta/models/gemini-2.5-flash:generateContent',
    };
    answer = { contentType: 'application/json', body: JSON.stringify(translator.response.fromIr(response, context)) };
    const result = await google.models.generateContent(params);
    expect(result.text).toBe('Reading both.');
    expect(result.functionCalls).toEqual([
      { id: 'toolu_1', name: 'cat', args: { path: 'a' } },
      { id: 'toolu_2', name: 'cat', args: { path: 'b' } },
    ]);
    expect(result.modelVersion).toBe('gemini-2.5-flash');
    expect(result.usageMetadata).toMatchObject({ promptTokenCount: 1120, cachedContentTokenCount: 1000 });
    expect(JSON.stringify(result)).not.toContain('"sig"');

    const ir = translator.request.toIr(received[0]!.body, { model: 'gemini-2.5-flash', stream: false });
    expect(ir).toMatchObject({
      system: [{ type: 'text', text: 'Be careful.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'List the files, then read README.md.' }] }],
      tools: [{ name: 'ls', parameters: { type: 'object', properties: { path: { type: 'string' } } } }],
      maxOutputTokens: 1024,
      reasoning: { type: 'budget', budgetTokens: 2048 },
      includeReasoning: true,
    });
  });

  it('the next turn (model calls, function responses) reads into the IR with the ids matched', async () => {
    answer = { contentType: 'application/json', body: JSON.stringify({ candidates: [] }) };
    await google.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: [
        { role: 'user', parts: [{ text: 'read a' }] },
        { role: 'model', parts: [{ functionCall: { id: 'toolu_1', name: 'cat', args: { path: 'a' } } }] },
        { role: 'user', parts: [{ functionResponse: { id: 'toolu_1', name: 'cat', response: { output: 'A!' } } }] },
      ],
    });
    const ir = translator.request.toIr(received[0]!.body, { model: 'gemini-2.5-flash', stream: false });
    expect(ir.messages[2]).toEqual({
      role: 'user',
      content: [
        {
          type: 'tool_result',
          callId: 'toolu_1',
          name: 'cat',
          content: [{ type: 'text', text: 'A!' }],
          isError: false,
        },
      ],
    });
  });
});
