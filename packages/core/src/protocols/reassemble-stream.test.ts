import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reassembleStream } from './reassemble-stream.js';

const fixture = (path: string) => readFileSync(new URL(`./${path}`, import.meta.url));
const context = { requestedModel: 'the-model', clientPath: '/v1/x' };

describe('reassembleStream', () => {
  it('turns an Anthropic stream back into one message with thinking, text and tool_use blocks', () => {
    const result = reassembleStream('anthropic', fixture('anthropic/fixtures/convert/stream-tools.sse'), context);
    expect(result?.finished).toBe(true);
    const answer = result?.answer as { type: string; content: { type: string }[]; stop_reason: string };
    expect(answer.type).toBe('message');
    expect(answer.content.map((block) => block.type)).toEqual(['thinking', 'text', 'tool_use', 'tool_use', 'tool_use']);
    expect(answer.content[0]).toMatchObject({ thinking: 'Two files: list, then read — both at once.' });
    expect(answer.content[2]).toMatchObject({ type: 'tool_use', name: 'Bash', input: expect.any(Object) });
    expect(answer.stop_reason).toBe('tool_use');
  });

  it('joins OpenAI chat chunks into one completion', () => {
    const result = reassembleStream('openai-chat', fixture('openai-chat/fixtures/stream.sse'), context);
    const answer = result?.answer as { object: string; choices: { message: { content: string } }[] };
    expect(answer.object).toBe('chat.completion');
    expect(answer.choices[0]?.message.content).toMatch(/^"usage": \{ is a field\./);
  });

  it('joins Responses events into one response', () => {
    const result = reassembleStream('openai-responses', fixture('openai-responses/fixtures/stream.sse'), context);
    const answer = result?.answer as { object: string; output: { type: string }[] };
    expect(answer.object).toBe('response');
    expect(answer.output.length).toBeGreaterThan(0);
  });

  it('joins Gemini chunks, as SSE or as the JSON array sent without alt=sse', () => {
    for (const file of ['gemini/fixtures/stream.sse', 'gemini/fixtures/stream-array.json']) {
      const result = reassembleStream('gemini', fixture(file), context);
      const answer = result?.answer as { candidates: { content: { parts: { text?: string }[] } }[] };
      const text = answer.candidates[0]?.content.parts.map((part) => part.text ?? '').join('');
      expect(text).toMatch(/^The bug is in `parseArgs`: it drops/);
    }
  });

  it('keeps what arrived of a stream cut short, marked unfinished', () => {
    const whole = fixture('anthropic/fixtures/convert/stream-tools.sse');
    const result = reassembleStream('anthropic', whole.subarray(0, Math.floor(whole.length / 2)), context);
    expect(result?.finished).toBe(false);
    expect(result?.answer).toMatchObject({ content: [expect.anything(), expect.anything()] });
  });

  it('gives null for text that is no stream of the protocol', () => {
    expect(reassembleStream('anthropic', Buffer.from(''), context)).toBeNull();
    expect(reassembleStream('gemini', Buffer.from('[{"cand'), context)).toBeNull();
  });
});
