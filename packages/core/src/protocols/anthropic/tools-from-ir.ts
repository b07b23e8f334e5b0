import type { IrRequest, IrTool } from '../../ir/ir-request.js';
import { cacheControlFromIr } from './cache-hint.js';

function toolFromIr(tool: IrTool): Record<string, unknown> {
  return {
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    // Anthropic requires an object schema; a tool declared without parameters takes none.
    input_schema: tool.parameters['type'] === undefined ? { type: 'object', ...tool.parameters } : tool.parameters,
    ...(tool.strict !== undefined ? { strict: tool.strict } : {}),
    ...cacheControlFromIr(tool.cache),
  };
}

/**
 * `tools` and `tool_choice`: IR required = `any`, none stays `none`; parallel calls forbidden =
 * `disable_parallel_tool_use: true` (on `auto` when the client chose nothing), allowed = `false`.
 * Without tools no `tool_choice` is sent (Anthropic refuses one without tools).
 */
export function toolsFromIr(request: IrRequest): { tools?: unknown[]; tool_choice?: Record<string, unknown> } {
  if (request.tools.length === 0) return {};
  const tools = request.tools.map(toolFromIr);
  const choice = request.toolChoice ?? (request.parallelToolCalls === null ? null : { type: 'auto' as const });
  if (!choice) return { tools };
  if (choice.type === 'none') return { tools, tool_choice: { type: 'none' } };
  const parallel = request.parallelToolCalls === null ? {} : { disable_parallel_tool_use: !request.parallelToolCalls };
  const base =
    choice.type === 'required'
      ? { type: 'any' }
      : choice.type === 'tool'
        ? { type: 'tool', name: choice.name }
        : { type: 'auto' };
  return { tools, tool_choice: { ...base, ...parallel } };
}
