/**
 * A request converted for a Code Assist (`gemini-cli`) provider carries the project of the
 * provider's account in its envelope, as the Gemini CLI sends it: the gateway asks the account
 * once (`loadCodeAssist`, as the CLI does at sign-in) and remembers it; for an account that names
 * none, the project the Gemini CLI itself sent through the provider. A scripted Code Assist server
 * on loopback plays the provider.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGateway } from '../support/gateway-harness.js';
import { postJson } from '../support/protocol-client.js';

type Json = Record<string, unknown>;

let gateway: GatewayHarness;
let server: Server;
let key: string;
let keyWithoutProject: string;
const received: { path: string; authorization: string | undefined; body: Json }[] = [];

const answer = {
  candidates: [{ content: { role: 'model', parts: [{ text: 'hello from code assist' }] }, finishReason: 'STOP' }],
  usageMetadata: { promptTokenCount: 5, candidatesTokenCount: 4, totalTokenCount: 9 },
  modelVersion: 'gemini-2.5-pro',
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Json; // the gateway posts JSON
      received.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      const json = { 'content-type': 'application/json' };
      if (req.url === '/v1internal:loadCodeAssist') {
        const onboarded = req.headers.authorization === 'Bearer ya29.account-token';
        const project = onboarded ? { cloudaicompanionProject: 'cch-account-project' } : {};
        res.writeHead(200, json).end(JSON.stringify({ currentTier: { id: 'free-tier' }, ...project }));
      } else if (req.url === '/v1internal:streamGenerateContent?alt=sse') {
        const chunk = `data: ${JSON.stringify({ response: answer, traceId: 't1' })}\r\n\r\n`;
        res.writeHead(200, { 'content-type': 'text/event-stream' }).end(chunk);
      } else if (req.url === '/v1internal:generateContent') {
        res.writeHead(200, json).end(JSON.stringify({ response: answer, traceId: 't1' }));
      } else res.writeHead(404, json).end('{"error":{"code":404,"message":"no","status":"NOT_FOUND"}}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  gateway = await startGateway();
  const provider = {
    type: 'gemini-cli' as const,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, // a TCP listener
    acceptedFormats: ['anthropic' as const],
    modelRedirects: [{ match: 'prefix' as const, pattern: 'claude-', target: 'gemini-2.5-pro' }],
  };
  // each caller's group holds one of them: an account with a project, and one naming none
  await gateway.addProvider({ ...provider, name: 'onboarded', apiKey: 'ya29.account-token', groups: ['a'] });
  await gateway.addProvider({ ...provider, name: 'no-project', apiKey: 'ya29.no-project', groups: ['b'] });
  ({ key } = await gateway.addCaller({ group: 'a' }));
  ({ key: keyWithoutProject } = await gateway.addCaller({ group: 'b' }));
});
afterAll(async () => {
  await gateway?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});
beforeEach(() => {
  received.length = 0;
});

const askClaude = (stream: boolean, callerKey = key) =>
  postJson(
    `${gateway.url}/v1/messages`,
    { 'x-api-key': callerKey },
    { model: 'claude-sonnet-4-6', max_tokens: 64, stream, messages: [{ role: 'user', content: 'say hi' }] },
  );

const generations = () => received.filter((request) => !request.path.endsWith(':loadCodeAssist'));

describe('a Claude request converted for a Code Assist provider', () => {
  it('names the account’s project in the envelope, asking the account once', async () => {
    const streamed = await askClaude(true);
    const whole = await askClaude(false);
    expect(streamed.status).toBe(200);
    expect(streamed.text).toContain('hello from code assist');
    expect(whole.json).toMatchObject({ content: [{ type: 'text', text: 'hello from code assist' }] });

    const asked = received.filter((request) => request.path === '/v1internal:loadCodeAssist');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      authorization: 'Bearer ya29.account-token',
      body: { metadata: { ideType: 'IDE_UNSPECIFIED', platform: 'PLATFORM_UNSPECIFIED', pluginType: 'GEMINI' } },
    });
    expect(generations().map((request) => request.path)).toEqual([
      '/v1internal:streamGenerateContent?alt=sse',
      '/v1internal:generateContent',
    ]);
    for (const { body } of generations()) {
      expect(Object.keys(body).slice(0, 3)).toEqual(['model', 'project', 'request']);
      expect(body).toMatchObject({
        model: 'gemini-2.5-pro',
        project: 'cch-account-project',
        request: { contents: [{ role: 'user', parts: [{ text: 'say hi' }] }] },
      });
    }
  });

  it('goes without a project when the account names none, and does not ask on every request', async () => {
    expect((await askClaude(false, keyWithoutProject)).status).toBe(200);
    expect((await askClaude(false, keyWithoutProject)).status).toBe(200);
    const asked = received.filter((request) => request.path === '/v1internal:loadCodeAssist');
    expect(asked.map((request) => request.authorization)).toEqual(['Bearer ya29.no-project']);
    expect(generations()).toHaveLength(2);
    for (const { body } of generations()) expect(body).not.toHaveProperty('project');
  });

  it('takes the project the Gemini CLI itself sent through the provider when the account names none', async () => {
    const native = await postJson(
      `${gateway.url}/v1internal:generateContent`,
      { authorization: `Bearer ${keyWithoutProject}` },
      { model: 'gemini-2.5-pro', project: 'user-set-project', request: { contents: [{ role: 'user', parts: [] }] } },
    );
    expect(native.status).toBe(200);
    expect((await askClaude(false, keyWithoutProject)).status).toBe(200);
    const [forwarded, converted] = generations();
    expect(forwarded?.body).toMatchObject({ project: 'user-set-project' }); // the native one, as it came
    expect(converted?.body).toMatchObject({ model: 'gemini-2.5-pro', project: 'user-set-project' });
    expect(received.filter((request) => request.path === '/v1internal:loadCodeAssist')).toHaveLength(0);
  });
});
