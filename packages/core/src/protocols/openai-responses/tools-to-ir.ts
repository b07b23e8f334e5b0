import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrTool, IrToolChoice } from '../../ir/ir-request.js';
import { readWire } from './read-wire.js';
import { DROPPED_TOOL_TYPES, OTHER_PROTOCOLS } from './request-fields.js';
import { functionToolSchema, type WireRequest } from './wire-request.js';

/** Function tools → IR tools; the other tool types are dropped or refused as `request-fields.ts` lists. */
export function toolsToIr(tools: WireRequest['tools']): IrTool[] {
  return (tools ?? []).flatMap((head, i): IrTool[] => {
    const type = head.type ?? 'function';
    if (DROPPED_TOOL_TYPES.has(type)) return [];
    if (type !== 'function') throw new UnsupportedFeatureError(`The ${type} tool`, OTHER_PROTOCOLS);
    const tool = readWire(functionToolSchema, head, `tools.${i}`);
    return [
      {
        name: tool.name,
        ...(tool.description ? { description: tool.description } : {}),
        parameters: tool.parameters ?? { type: 'object', properties: {} },
        ...(tool.strict !== null && tool.strict !== undefined ? { strict: tool.strict } : {}),
      },
    ];
  });
}

/** `tool_choice`: auto, none, required, a named function; hosted-tool and allowed-tools choices are refused. */
export function toolChoiceToIr(choice: WireRequest['tool_choice']): IrToolChoice | null {
  if (choice === null || choice === undefined) return null;
  if (typeof choice === 'string') return { type: choice };
  if (choice.type === 'function' && typeof choice['name'] === 'string') return { type: 'tool', name: choice['name'] };
  throw new UnsupportedFeatureError(`A tool_choice of type ${String(choice.type)}`, OTHER_PROTOCOLS);
}
