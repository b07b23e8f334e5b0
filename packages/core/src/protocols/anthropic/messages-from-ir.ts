import type { IrMessage, IrText } from '../../ir/ir-content.js';
import { assistantPartFromIr, textFromIr, userPartFromIr } from './content-from-ir.js';
import type { WireBlock } from './media-from-ir.js';

export interface WireMessage {
  role: 'user' | 'assistant' | 'system';
  content: WireBlock[];
}

/**
 * Where `role: "system"` messages inside the conversation go. Anthropic takes them in place only
 * with the `mid-conversation-system` beta (Claude Code sends it; a client of another protocol
 * does not, and the gateway never converts Anthropic to Anthropic), so by default they are folded
 * into the top-level `system`, after its own blocks and in order: they stay instructions, never
 * an assistant or user turn. `inline` puts them back where they were, for a provider known to
 * take the beta.
 */
export type SystemMessagePlacement = 'fold' | 'inline';

/**
 * IR messages → Messages API turns: consecutive turns of one role merged (Anthropic wants them
 * alternating), turns left empty (only foreign thinking) dropped, and in each user turn the
 * tool results first, so they directly follow the assistant turn that made the calls.
 */
export function messagesFromIr(
  messages: readonly IrMessage[],
  placement: SystemMessagePlacement,
): { messages: WireMessage[]; foldedSystem: IrText[] } {
  const out: WireMessage[] = [];
  const foldedSystem: IrText[] = [];
  for (const message of messages) {
    if (message.role === 'system' && placement === 'fold') {
      foldedSystem.push(...message.content);
      continue;
    }
    const content = blocksOf(message);
    if (content.length === 0) continue;
    const previous = out.at(-1);
    if (previous && previous.role === message.role && message.role !== 'system') previous.content.push(...content);
    else out.push({ role: message.role, content });
  }
  for (const message of out) if (message.role === 'user') message.content = toolResultsFirst(message.content);
  return { messages: out, foldedSystem };
}

function blocksOf(message: IrMessage): WireBlock[] {
  const blocks: (WireBlock | null)[] =
    message.role === 'system'
      ? message.content.map(textFromIr)
      : message.role === 'user'
        ? message.content.map(userPartFromIr)
        : message.content.map(assistantPartFromIr);
  return blocks.filter((block): block is WireBlock => block !== null);
}

function toolResultsFirst(blocks: WireBlock[]): WireBlock[] {
  const results = blocks.filter((block) => block['type'] === 'tool_result');
  return results.length === 0 ? blocks : [...results, ...blocks.filter((block) => block['type'] !== 'tool_result')];
}
