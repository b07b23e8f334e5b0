import type { ProtocolId } from '../../domain/protocol.js';
import type { JsonBody } from '../../json/json-body.js';

/** The top-level fields that hold a conversation's text, by protocol. */
const TEXT_FIELDS: Record<ProtocolId, readonly string[]> = {
  anthropic: ['system', 'messages'],
  'openai-chat': ['messages'],
  'openai-responses': ['instructions', 'input'],
  gemini: ['systemInstruction', 'system_instruction', 'contents'],
  'gemini-cli': ['request'],
};

/** Keys whose string value is text a person or the model wrote. */
const TEXT_KEYS = new Set(['text', 'content', 'system', 'input', 'instructions', 'parts']);
/**
 * Subtrees that are not conversation text: tool schemas and calls, ids, signatures, media,
 * thinking (a provider signs it), settings.
 */
const SKIPPED = new Set([
  'tools',
  'tool_choice',
  'input_schema',
  'parameters',
  'functionDeclarations',
  'functionCall',
  'function_call',
  'tool_calls',
  'arguments',
  'args',
  'id',
  'tool_use_id',
  'call_id',
  'signature',
  'thoughtSignature',
  'thinking',
  'redacted_thinking',
  'encrypted_content',
  'data',
  'source',
  'image_url',
  'inlineData',
  'fileData',
  'cache_control',
  'metadata',
  'generationConfig',
]);

function walk(value: unknown, out: string[], isText: boolean): void {
  if (typeof value === 'string') {
    if (isText) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) walk(item, out, isText);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // a tool call's input is the model's, not the caller's text
    if (record['type'] === 'tool_use' || record['type'] === 'function_call') return;
    for (const key in record) {
      if (!SKIPPED.has(key)) walk(record[key], out, TEXT_KEYS.has(key));
    }
  }
}

/** The raw bytes of the fields that hold the request's text (for a cheap search before parsing). */
export function rawTextFields(body: JsonBody, protocol: ProtocolId): Uint8Array[] {
  return TEXT_FIELDS[protocol].flatMap((field) => body.rawOf(field) ?? []);
}

/** The text content of a request (system prompt, messages, tool results), without tool schemas or ids. */
export function extractRequestText(body: JsonBody, protocol: ProtocolId): string[] {
  const out: string[] = [];
  for (const field of TEXT_FIELDS[protocol]) {
    const value = body.get(field);
    if (value !== undefined) walk(value, out, true);
  }
  return out;
}
