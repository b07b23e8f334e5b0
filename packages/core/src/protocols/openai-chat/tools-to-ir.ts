import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrTool, IrToolChoice } from '../../ir/ir-request.js';
import { readWire } from '../anthropic/read-wire.js';
import { NON_CHAT } from './request-fields.js';
import { functionToolSchema, type WireChatRequest } from './wire-request.js';

/** Function tools → IR tools; `custom` (free-form grammar) tools only OpenAI runs. */
export function toolsToIr(tools: WireChatRequest['tools']): IrTool[] {
  return (tools ?? []).map((head, i) => {
    if (head.type !== 'function') throw new UnsupportedFeatureError(`A ${head.type} tool`, NON_CHAT);
    const { function: fn } = readWire(functionToolSchema, head, `tools.${i}`);
    return {
      name: fn.name,
      ...(fn.description !== undefined ? { description: fn.description } : {}),
      parameters: fn.parameters ?? { type: 'object', properties: {} },
      ...(typeof fn.strict === 'boolean' ? { strict: fn.strict } : {}),
    };
  });
}

/** `none` / `auto` / `required` / a named function; `allowed_tools` and custom-tool choices are refused. */
export function toolChoiceToIr(choice: WireChatRequest['tool_choice']): IrToolChoice | null {
  if (choice === undefined) return null;
  if (choice === 'none' || choice === 'auto') return { type: choice };
  if (choice === 'required') return { type: 'required' };
  if (choice.type === 'function' && 'function' in choice) {
    const name = (choice.function as { name?: unknown }).name;
    if (typeof name === 'string') return { type: 'tool', name };
  }
  throw new UnsupportedFeatureError(`A ${choice.type} tool_choice`, NON_CHAT);
}
