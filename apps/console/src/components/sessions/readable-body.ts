/**
 * Stored bodies read as a conversation: whatever the protocol, a list of turns (role + parts) a
 * person can read. Only for display: anything not recognised becomes an "other" part naming its type.
 */

export type ReadablePartKind = 'text' | 'thinking' | 'tool_call' | 'tool_result' | 'media' | 'other';

export interface ReadablePart {
  kind: ReadablePartKind;
  text: string;
  /** A tool's name, a media type, an unknown part's type. */
  label?: string;
}

export interface ReadableTurn {
  role: string;
  parts: ReadablePart[];
}

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const pretty = (value: unknown): string => {
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value ?? null, null, 2);
};
const text = (value: string): ReadablePart => ({ kind: 'text', text: value });

/** Text of a tool result's content: a string, or the text of its blocks. */
function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((item) => (isObj(item) ? str(item.text) : '')).join('\n');
  return pretty(content);
}

function anthropicPart(block: unknown): ReadablePart {
  if (typeof block === 'string') return text(block);
  if (!isObj(block)) return { kind: 'other', text: pretty(block) };
  switch (block.type) {
    case 'text':
      return text(str(block.text));
    case 'thinking':
      return { kind: 'thinking', text: str(block.thinking) };
    case 'redacted_thinking':
      return { kind: 'thinking', text: '', label: 'redacted' };
    case 'tool_use':
    case 'server_tool_use':
      return { kind: 'tool_call', label: str(block.name), text: pretty(block.input) };
    case 'tool_result':
      return { kind: 'tool_result', label: str(block.tool_use_id), text: resultText(block.content) };
    case 'image':
    case 'document':
      return { kind: 'media', label: str(block.type), text: '' };
    default:
      return { kind: 'other', label: str(block.type), text: pretty(block) };
  }
}

const anthropicContent = (content: unknown): ReadablePart[] =>
  typeof content === 'string' ? [text(content)] : list(content).map(anthropicPart);

function anthropic(doc: Obj, kind: 'request' | 'response'): ReadableTurn[] {
  if (kind === 'response') return [{ role: str(doc.role) || 'assistant', parts: anthropicContent(doc.content) }];
  const turns: ReadableTurn[] = [];
  if (doc.system !== undefined) turns.push({ role: 'system', parts: anthropicContent(doc.system) });
  for (const message of list(doc.messages)) {
    if (isObj(message)) turns.push({ role: str(message.role), parts: anthropicContent(message.content) });
  }
  return turns;
}

function chatMessage(message: Obj): ReadableTurn {
  const parts: ReadablePart[] = [];
  const reasoning = str(message.reasoning_content);
  if (reasoning) parts.push({ kind: 'thinking', text: reasoning });
  const content = message.content;
  if (message.role === 'tool')
    parts.push({ kind: 'tool_result', label: str(message.tool_call_id), text: resultText(content) });
  else if (typeof content === 'string') parts.push(text(content));
  else
    for (const part of list(content)) {
      if (!isObj(part)) continue;
      if (part.type === 'text') parts.push(text(str(part.text)));
      else parts.push({ kind: 'media', label: str(part.type), text: '' });
    }
  const refusal = str(message.refusal);
  if (refusal) parts.push({ kind: 'other', label: 'refusal', text: refusal });
  for (const call of list(message.tool_calls)) {
    const fn = isObj(call) && isObj(call.function) ? call.function : {};
    parts.push({ kind: 'tool_call', label: str(fn.name), text: pretty(fn.arguments) });
  }
  return { role: str(message.role), parts };
}

function openAiChat(doc: Obj, kind: 'request' | 'response'): ReadableTurn[] {
  if (kind === 'request') return list(doc.messages).filter(isObj).map(chatMessage);
  const choice = list(doc.choices)[0];
  return isObj(choice) && isObj(choice.message) ? [chatMessage(choice.message)] : [];
}

function responsesItem(item: unknown): ReadableTurn | null {
  if (!isObj(item)) return null;
  const type = item.type ?? (item.role !== undefined ? 'message' : undefined);
  switch (type) {
    case 'message': {
      const content = item.content;
      const parts =
        typeof content === 'string'
          ? [text(content)]
          : list(content)
              .filter(isObj)
              .map((part): ReadablePart => {
                if (part.type === 'input_text' || part.type === 'output_text') return text(str(part.text));
                if (part.type === 'refusal') return { kind: 'other', label: 'refusal', text: str(part.refusal) };
                return { kind: 'media', label: str(part.type), text: '' };
              });
      return { role: str(item.role) || 'assistant', parts };
    }
    case 'function_call':
      return { role: 'assistant', parts: [{ kind: 'tool_call', label: str(item.name), text: pretty(item.arguments) }] };
    case 'function_call_output':
      return {
        role: 'tool',
        parts: [{ kind: 'tool_result', label: str(item.call_id), text: resultText(item.output) }],
      };
    case 'reasoning': {
      const summary = list(item.summary).map((part) => (isObj(part) ? str(part.text) : ''));
      return { role: 'assistant', parts: [{ kind: 'thinking', text: summary.join('\n') }] };
    }
    default:
      return { role: 'item', parts: [{ kind: 'other', label: str(type), text: pretty(item) }] };
  }
}

function openAiResponses(doc: Obj, kind: 'request' | 'response'): ReadableTurn[] {
  const turns: ReadableTurn[] = [];
  if (kind === 'request') {
    if (str(doc.instructions)) turns.push({ role: 'system', parts: [text(str(doc.instructions))] });
    if (typeof doc.input === 'string') turns.push({ role: 'user', parts: [text(doc.input)] });
  }
  for (const item of list(kind === 'request' ? doc.input : doc.output)) {
    const turn = responsesItem(item);
    if (turn) turns.push(turn);
  }
  return turns;
}

function geminiPart(part: unknown): ReadablePart {
  if (!isObj(part)) return { kind: 'other', text: pretty(part) };
  if (typeof part.text === 'string')
    return part.thought === true ? { kind: 'thinking', text: part.text } : text(part.text);
  if (isObj(part.functionCall))
    return { kind: 'tool_call', label: str(part.functionCall.name), text: pretty(part.functionCall.args) };
  if (isObj(part.functionResponse))
    return {
      kind: 'tool_result',
      label: str(part.functionResponse.name),
      text: pretty(part.functionResponse.response),
    };
  const media = isObj(part.inlineData) ? part.inlineData : isObj(part.fileData) ? part.fileData : null;
  if (media) return { kind: 'media', label: str(media.mimeType), text: '' };
  return { kind: 'other', label: Object.keys(part)[0] ?? '', text: pretty(part) };
}

const geminiTurn = (content: Obj): ReadableTurn => ({
  role: str(content.role) || 'model',
  parts: list(content.parts).map(geminiPart),
});

function gemini(doc: Obj, kind: 'request' | 'response'): ReadableTurn[] {
  if (kind === 'response') {
    const candidate = list(doc.candidates)[0];
    return isObj(candidate) && isObj(candidate.content) ? [geminiTurn(candidate.content)] : [];
  }
  const turns: ReadableTurn[] = [];
  if (isObj(doc.systemInstruction)) turns.push({ ...geminiTurn(doc.systemInstruction), role: 'system' });
  for (const content of list(doc.contents)) if (isObj(content)) turns.push(geminiTurn(content));
  return turns;
}

/**
 * A stored body as turns in the client's protocol; null when the text is not JSON of that
 * protocol's shape (a truncated body, an error answer), so the caller shows it raw.
 */
export function readTurns(protocol: string, kind: 'request' | 'response', body: string | null): ReadableTurn[] | null {
  if (body === null) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isObj(doc)) return null;
  let turns: ReadableTurn[];
  switch (protocol) {
    case 'anthropic':
      turns = anthropic(doc, kind);
      break;
    case 'openai-chat':
      turns = openAiChat(doc, kind);
      break;
    case 'openai-responses':
      turns = openAiResponses(doc, kind);
      break;
    case 'gemini':
      turns = gemini(doc, kind);
      break;
    case 'gemini-cli': {
      const inner = kind === 'request' ? doc.request : doc.response;
      turns = isObj(inner) ? gemini(inner, kind) : [];
      break;
    }
    default:
      turns = [];
  }
  return turns.length > 0 ? turns : null;
}
