import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrRequest } from '../../ir/ir-request.js';
import { openAiResponsesRequestToIr } from './request-to-ir.js';

const readJson = (name: string): Record<string, unknown> => {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return JSON.parse(text) as Record<string, unknown>; // the fixtures are JSON objects
};

const toIr = (body: Record<string, unknown>): IrRequest =>
  openAiResponsesRequestToIr(body, { model: 'claude-sonnet-4-5', stream: false });

describe('openai responses request → IR', () => {
  it('reads every item, part, tool and parameter of a Codex-style tool turn', () => {
    expect(
      openAiResponsesRequestToIr(readJson('convert/request.json'), { model: 'claude-sonnet-4-5', stream: true }),
    ).toEqual(readJson('convert/request.ir.json'));
  });

  it("reads Codex 0.171's recorded request: developer messages kept, web_search and namespace dropped", () => {
    const ir = openAiResponsesRequestToIr(readJson('convert/codex-request.json'), {
      model: 'gpt-5-codex',
      stream: true,
    });
    expect(ir.system).toEqual([]);
    expect(ir.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(ir.messages[0]?.content).toHaveLength(3); // two developer messages, three texts
    expect(ir.messages[1]?.content.at(-1)).toEqual({ type: 'text', text: 'say hi' });
    expect(ir.tools.map((t) => t.name)).toEqual([
      'exec_command',
      'write_stdin',
      'request_user_input',
      'view_image',
      'get_goal',
      'create_goal',
      'update_goal',
    ]);
    expect(ir.tools[0]?.strict).toBe(false);
    expect(ir.reasoning).toEqual({ type: 'adaptive' });
    expect(ir.includeReasoning).toBe(true);
    expect(ir.toolChoice).toEqual({ type: 'auto' });
    expect(ir.parallelToolCalls).toBe(true);
    expect(ir.promptCacheKey).toBe('01a24506-1648-79b2-ad12-ee20080d0a85');
  });

  it('reads a string input as one user message, and effort none as thinking off', () => {
    const ir = toIr({ model: 'm', input: 'hi', reasoning: { effort: 'none' } });
    expect(ir.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]);
    expect(ir.reasoning).toEqual({ type: 'disabled' });
    expect(toIr({ input: 'hi', reasoning: { effort: 'xhigh' } }).reasoning).toEqual({ type: 'effort', effort: 'high' });
    expect(toIr({ input: 'hi', reasoning: { effort: 'low' } }).includeReasoning).toBe(false);
  });

  it('maps every tool_choice and json_object', () => {
    const choice = (tool_choice: unknown) => toIr({ input: 'x', tool_choice }).toolChoice;
    expect(choice('auto')).toEqual({ type: 'auto' });
    expect(choice('none')).toEqual({ type: 'none' });
    expect(choice('required')).toEqual({ type: 'required' });
    expect(choice({ type: 'function', name: 'ls' })).toEqual({ type: 'tool', name: 'ls' });
    expect(() => choice({ type: 'allowed_tools', mode: 'auto', tools: [] })).toThrow(UnsupportedFeatureError);
    expect(toIr({ input: 'x', text: { format: { type: 'json_object' } } }).responseFormat).toEqual({
      type: 'json_object',
    });
  });

  it('keeps reasoning that another protocol signed, with its protocol (and redaction)', () => {
    const wrapped = `cch.anthropic.${Buffer.from(JSON.stringify({ v: 'EqQBCkYIBxgC', r: 1 })).toString('base64url')}`;
    const ir = toIr({ input: [{ type: 'reasoning', id: 'rs_x', summary: [], encrypted_content: wrapped }] });
    expect(ir.messages).toEqual([
      {
        role: 'assistant',
        content: [
          { type: 'thinking', text: '', signature: { protocol: 'anthropic', value: 'EqQBCkYIBxgC' }, redacted: true },
        ],
      },
    ]);
  });

  it('refuses what needs OpenAI state, naming it', () => {
    expect(() => toIr({ input: 'x', previous_response_id: 'resp_1' })).toThrow(/previous_response_id/);
    expect(() => toIr({ input: 'x', previous_response_id: 'resp_1' })).toThrow(UnsupportedFeatureError);
    expect(() => toIr({ input: 'x', conversation: 'conv_1' })).toThrow(/conversation/);
    expect(() => toIr({ input: [{ type: 'item_reference', id: 'msg_1' }] })).toThrow(/item_reference/);
    expect(() => toIr({ input: 'x', background: true })).toThrow(/background/);
    expect(toIr({ input: 'x', background: false, previous_response_id: null }).messages).toHaveLength(1);
  });

  it("refuses Codex's tools that have their own item types, and their items", () => {
    for (const type of ['local_shell', 'custom', 'file_search', 'code_interpreter', 'image_generation', 'mcp'])
      expect(() => toIr({ input: 'x', tools: [{ type, name: 'apply_patch' }] })).toThrow(`The ${type} tool`);
    expect(() =>
      toIr({ input: [{ type: 'local_shell_call', call_id: 'c', action: { type: 'exec', command: ['ls'] } }] }),
    ).toThrow(/local_shell_call/);
    expect(() => toIr({ input: [{ type: 'compaction', encrypted_content: 'gAAA' }] })).toThrow(/compaction/);
    expect(() => toIr({ input: [{ role: 'user', content: [{ type: 'input_image', file_id: 'file-1' }] }] })).toThrow(
      /file_id/,
    );
  });

  it('reports malformed items with where they are', () => {
    expect(() => toIr({ input: [{ type: 'function_call', call_id: 'c' }] })).toThrow(InvalidIrRequestError);
    expect(() => toIr({ input: [{ type: 'function_call', call_id: 'c' }] })).toThrow(/^input\.0\.name/);
    expect(() => toIr({ input: [{ role: 'user', content: [{ type: 'output_text', text: 'x' }] }] })).toThrow(
      /input\.0\.content\.0: a user message cannot hold a output_text part/,
    );
  });
});
