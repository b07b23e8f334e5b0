import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrTool, IrToolChoice } from '../../ir/ir-request.js';
import { cacheHintToIr } from './cache-hint.js';
import { OTHER_PROTOCOLS } from './media-to-ir.js';
import { readWire } from './read-wire.js';
import { customToolSchema, type WireRequest } from './wire-request.js';

/**
 * Client tools (no `type`, or `custom`) → IR tools. Typed tools — server tools
 * (`web_search_20250305`, `web_fetch_…`, `code_execution_…`, `tool_search_…`, `mcp_toolset`)
 * and Anthropic-defined client tools (`bash_…`, `text_editor_…`, `computer_…`, `memory_…`)
 * whose schema only Anthropic knows — are refused by name.
 */
export function toolsToIr(tools: WireRequest['tools']): IrTool[] {
  return (tools ?? []).map((head, i) => {
    if (head.type && head.type !== 'custom')
      throw new UnsupportedFeatureError(`The ${head.type} tool`, OTHER_PROTOCOLS);
    const tool = readWire(customToolSchema, head, `tools.${i}`);
    return {
      name: tool.name,
      ...(tool.description !== undefined ? { description: tool.description } : {}),
      parameters: tool.input_schema,
      ...(tool.strict !== undefined ? { strict: tool.strict } : {}),
      ...cacheHintToIr(tool.cache_control),
    };
  });
}

/**
 * `tool_choice` → IR: auto, `any` (= required), a named tool, none. `disable_parallel_tool_use`
 * true → parallel calls forbidden, false → allowed, absent → not said.
 */
export function toolChoiceToIr(choice: WireRequest['tool_choice']): {
  toolChoice: IrToolChoice | null;
  parallelToolCalls: boolean | null;
} {
  if (!choice) return { toolChoice: null, parallelToolCalls: null };
  if (choice.type === 'none') return { toolChoice: { type: 'none' }, parallelToolCalls: null };
  const toolChoice: IrToolChoice =
    choice.type === 'any'
      ? { type: 'required' }
      : choice.type === 'tool'
        ? { type: 'tool', name: choice.name }
        : { type: 'auto' };
  const disabled = choice.disable_parallel_tool_use;
  return { toolChoice, parallelToolCalls: disabled === undefined ? null : !disabled };
}
