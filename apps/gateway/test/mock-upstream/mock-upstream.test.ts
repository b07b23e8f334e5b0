import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MOCK_USAGE, baseInputTokens, startMockUpstream, type MockUpstream } from './index.js';
import { parseSse, post, sseJson, userBody } from './test-helpers.js';

let mock: MockUpstream;

beforeAll(async () => {
  mock = await startMockUpstream({ name: 'A', tokensPerStream: 4 });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

describe('basics', () => {
  it('answers GET / and HEAD / with 200 and names itself', async () => {
    const get = await fetch(`${mock.url}/`);
    expect(get.status).toBe(200);
    expect(get.headers.get('x-mock-upstream')).toBe('A');
    expect(await get.text()).toContain('mock upstream A');
    const head = await fetch(`${mock.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('records method, path with query, lowercased headers, body and time', async () => {
    const before = Date.now();
    const body = JSON.stringify(userBody('record me'));
    await post(`${mock.url}/v1/messages?beta=true`, body, { 'X-Api-Key': 'sk-provider', 'Anthropic-Beta': 'a,b' });
    expect(mock.requests).toHaveLength(1);
    const [r] = mock.requests;
    expect(r?.method).toBe('POST');
    expect(r?.path).toBe('/v1/messages?beta=true');
    expect(r?.headers['x-api-key']).toBe('sk-provider');
    expect(r?.headers['anthropic-beta']).toBe('a,b');
    expect(r?.body).toBe(body);
    expect(r?.at).toBeGreaterThanOrEqual(before);
    expect(r?.fault).toBeNull();
    mock.reset();
    expect(mock.requests).toHaveLength(0);
  });

  it('answers unknown routes with 404 and unparsable JSON with 400, in the protocol envelope', async () => {
    const nf = await post(`${mock.url}/v1/nope`, {});
    expect(nf.status).toBe(404);
    expect(await nf.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
    const bad = await post(`${mock.url}/v1/messages`, '{"oops');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('sends JSON with content-length (keep-alive friendly) and streams chunked', async () => {
    const json = await post(`${mock.url}/v1/messages`, userBody('x'));
    expect(Number(json.headers.get('content-length'))).toBe((await json.arrayBuffer()).byteLength);
    const sse = await post(`${mock.url}/v1/messages`, userBody('x', { stream: true }));
    expect(sse.headers.get('content-length')).toBeNull();
    expect(sse.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await sse.text();
  });
});

describe('anthropic', () => {
  it('answers /v1/messages as JSON with deterministic usage', async () => {
    const body = JSON.stringify(userBody('hi there', { padding: 'x'.repeat(1000) }));
    const res = await post(`${mock.url}/v1/messages`, body);
    expect(res.headers.get('request-id')).toMatch(/^req_/);
    const msg = (await res.json()) as Record<string, unknown>;
    expect(msg).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-6',
      stop_reason: 'end_turn',
      content: [{ type: 'text', text: 'hello from A: hi there' }],
      usage: {
        input_tokens: baseInputTokens(body.length),
        cache_read_input_tokens: 100,
        cache_creation_input_tokens: 50,
        cache_creation: { ephemeral_5m_input_tokens: 30, ephemeral_1h_input_tokens: 20 },
        output_tokens: 4,
      },
    });
  });

  it('streams when the body says stream:true, whatever Accept says', async () => {
    const res = await post(`${mock.url}/v1/messages?beta=true`, userBody('yo', { stream: true }), {
      accept: 'application/json',
    });
    const events = parseSse(await res.text());
    expect(events.map((e) => e.event)).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      ...Array<string>(4).fill('content_block_delta'),
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    for (const e of events) expect((JSON.parse(e.data) as { type: string }).type).toBe(e.event);
    const data = events.map((e) => JSON.parse(e.data) as Record<string, unknown>);
    expect(data[0]).toMatchObject({
      message: { usage: { cache_read_input_tokens: 100, cache_creation: { ephemeral_1h_input_tokens: 20 } } },
    });
    const text = data.filter((d) => d.type === 'content_block_delta').map((d) => (d.delta as { text: string }).text);
    expect(text.join('')).toBe('hello from A: yo');
    expect(data.find((d) => d.type === 'message_delta')).toMatchObject({ usage: { output_tokens: 4 } });
  });

  it('counts tokens and lists models', async () => {
    const body = JSON.stringify(userBody('count'));
    const count = await post(`${mock.url}/v1/messages/count_tokens`, body);
    expect(await count.json()).toEqual({ input_tokens: baseInputTokens(body.length) });
    const models = await fetch(`${mock.url}/v1/models`, { headers: { 'anthropic-version': '2023-06-01' } });
    const anthropicList = (await models.json()) as { data: unknown[]; has_more: boolean };
    expect(anthropicList.has_more).toBe(false);
    expect(anthropicList.data[0]).toMatchObject({
      type: 'model',
      id: expect.any(String) as unknown,
      display_name: expect.any(String) as unknown,
    });
    const openai = await fetch(`${mock.url}/v1/models`);
    const openaiList = (await openai.json()) as { object: string; data: unknown[] };
    expect(openaiList.object).toBe('list');
    expect(openaiList.data[0]).toMatchObject({ object: 'model', owned_by: 'openai' });
  });
});

describe('openai chat completions', () => {
  const chat = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'sys' },
      { role: 'user', content: [{ type: 'text', text: 'ping' }] },
    ],
    ...extra,
  });

  it('answers JSON with cached and reasoning token details', async () => {
    const res = await post(`${mock.url}/v1/chat/completions`, chat());
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    const json = (await res.json()) as Record<string, unknown>;
    const prompt = baseInputTokens(JSON.stringify(chat()).length) + MOCK_USAGE.cacheRead;
    expect(json).toMatchObject({
      object: 'chat.completion',
      model: 'gpt-4o-mini',
      choices: [{ index: 0, message: { role: 'assistant', content: 'hello from A: ping' }, finish_reason: 'stop' }],
      usage: {
        prompt_tokens: prompt,
        completion_tokens: 4 + MOCK_USAGE.reasoning,
        prompt_tokens_details: { cached_tokens: 100 },
        completion_tokens_details: { reasoning_tokens: MOCK_USAGE.reasoning },
      },
    });
  });

  it('streams deltas, adds a usage chunk only with include_usage, ends with [DONE]', async () => {
    const plain = await (await post(`${mock.url}/v1/chat/completions`, chat({ stream: true }))).text();
    expect(plain.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(sseJson(plain).some((c) => c.usage)).toBe(false);
    const withUsage = await post(
      `${mock.url}/v1/chat/completions`,
      chat({ stream: true, stream_options: { include_usage: true } }),
    );
    const chunks = sseJson(await withUsage.text());
    const last = chunks[chunks.length - 1];
    expect(last).toMatchObject({ choices: [], usage: { prompt_tokens_details: { cached_tokens: 100 } } });
    const text = chunks.flatMap((c) =>
      (c.choices as { delta: { content?: string } }[]).map((ch) => ch.delta.content ?? ''),
    );
    expect(text.join('')).toBe('hello from A: ping');
  });
});

describe('openai responses', () => {
  const codexBody = {
    model: 'gpt-5-codex',
    instructions: 'be brief',
    input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'say hi' }] }],
    stream: true,
    store: false,
    reasoning: { effort: 'medium', summary: 'auto' },
    include: ['reasoning.encrypted_content'],
    prompt_cache_key: 'sess-1',
  };

  it('streams the full Codex event sequence with event names, types and sequence numbers', async () => {
    const res = await post(`${mock.url}/v1/responses`, codexBody, { accept: 'text/event-stream' });
    const events = parseSse(await res.text());
    const data = events.map((e) => JSON.parse(e.data) as { type: string; sequence_number: number });
    for (const [i, e] of events.entries()) expect(data[i]?.type).toBe(e.event);
    expect(data.map((d) => d.sequence_number)).toEqual(data.map((_, i) => i));
    const types = data.map((d) => d.type);
    expect(types.slice(0, 2)).toEqual(['response.created', 'response.in_progress']);
    expect(types.filter((t) => t === 'response.output_text.delta')).toHaveLength(4);
    expect(types.slice(-5)).toEqual([
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    const completed = data[data.length - 1] as unknown as { response: Record<string, unknown> };
    expect(completed.response).toMatchObject({
      id: expect.stringMatching(/^resp_/) as unknown,
      status: 'completed',
      store: false,
      prompt_cache_key: 'sess-1',
      output: [
        { type: 'reasoning', encrypted_content: expect.any(String) as unknown },
        { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'hello from A: say hi' }] },
      ],
      usage: { input_tokens_details: { cached_tokens: 100 }, output_tokens_details: { reasoning_tokens: 8 } },
    });
  });

  it('answers JSON without stream and compacts', async () => {
    const res = await post(`${mock.url}/v1/responses`, { model: 'gpt-5', input: 'plain string input' });
    expect(await res.json()).toMatchObject({ object: 'response', status: 'completed', output: [{ type: 'message' }] });
    const compact = await post(`${mock.url}/v1/responses/compact`, { ...codexBody, stream: undefined });
    expect(await compact.json()).toMatchObject({
      object: 'response.compaction',
      output: [
        { type: 'message', role: 'user' },
        { type: 'compaction', encrypted_content: expect.any(String) as unknown },
      ],
      usage: { input_tokens: expect.any(Number) as unknown },
    });
  });
});
