import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrAssistantPart, IrMessage, IrText, IrToolResult, IrUserPart } from '../../ir/ir-content.js';
import { stableCallId } from '../../ir/stable-call-id.js';
import { modelPartToIr } from './model-part-to-ir.js';
import { mediaToIr, OTHER_PROTOCOLS } from './media-to-ir.js';
import type { WireContent, WirePart } from './wire-request.js';

/** Part kinds only Gemini's own servers produce or run; refused by name. */
const SERVER_PARTS = ['executableCode', 'codeExecutionResult', 'toolCall', 'toolResponse'] as const;

interface Call {
  id: string;
  name: string;
  answered: boolean;
}

/**
 * The conversation's calls in order: a function call without an id gets a stable one from its
 * name, arguments and position; a function response finds its call by id, else the earliest
 * unanswered call of its name, else the earliest unanswered call; the result takes the call's id.
 */
function createCallBook() {
  const calls: Call[] = [];
  return {
    call(name: string, args: string, id: string | undefined): string {
      const callId = id ?? stableCallId(name, args, calls.length);
      calls.push({ id: callId, name, answered: false });
      return callId;
    },
    answer(name: string, id: string | undefined, where: string): string {
      const open = calls.filter((call) => !call.answered);
      const match =
        (id !== undefined ? calls.find((call) => call.id === id) : undefined) ??
        open.find((call) => call.name === name) ??
        open[0];
      if (match) {
        match.answered = true;
        return match.id; // the Gemini CLI answers an id-less call with an id of its own making
      }
      if (id !== undefined) return id;
      throw new InvalidIrRequestError(`${where}: the function response for ${name} answers no function call.`);
    },
  };
}
type CallBook = ReturnType<typeof createCallBook>;

function refuseServerPart(part: WirePart): void {
  for (const kind of SERVER_PARTS)
    if (part[kind] !== undefined) throw new UnsupportedFeatureError(`A ${kind} part`, OTHER_PROTOCOLS);
}

function textOfValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A function response → a tool result. `{error: …}` is a failed call (the Gemini CLI's shape),
 * `{output: …}` its output as text; any other object is passed on as its JSON. Media in the
 * response's `parts` become images.
 */
function resultToIr(response: NonNullable<WirePart['functionResponse']>, callId: string): IrToolResult {
  const body = response.response ?? {};
  const keys = Object.keys(body);
  const isError = body['error'] !== undefined;
  const text = isError
    ? textOfValue(body['error'])
    : keys.length === 1 && body['output'] !== undefined
      ? textOfValue(body['output'])
      : keys.length === 0
        ? ''
        : JSON.stringify(body);
  const content: IrToolResult['content'] = text === '' ? [] : [{ type: 'text', text }];
  for (const part of response.parts ?? []) {
    const media = mediaToIr(part);
    if (media?.type === 'image') content.push(media);
    else if (media) throw new UnsupportedFeatureError('A document inside a function response', OTHER_PROTOCOLS);
  }
  return { type: 'tool_result', callId, name: response.name, content, isError };
}

function userPartToIr(part: WirePart, where: string, book: CallBook): IrUserPart | null {
  refuseServerPart(part);
  if (part.functionResponse) {
    const { name, id } = part.functionResponse;
    return resultToIr(part.functionResponse, book.answer(name, id, where));
  }
  if (part.functionCall) throw new InvalidIrRequestError(`${where}: a user turn cannot hold a function call.`);
  const media = mediaToIr(part);
  if (media) return media;
  if (part.thought) return null; // a client echoing thoughts in its own turn: not the user's words
  return part.text ? { type: 'text', text: part.text } : null;
}

function modelPartsToIr(part: WirePart, where: string, book: CallBook): IrAssistantPart[] {
  refuseServerPart(part);
  if (part.functionResponse) throw new InvalidIrRequestError(`${where}: a model turn cannot hold a function response.`);
  if (part.inlineData || part.fileData) throw new UnsupportedFeatureError('Media in a model turn', OTHER_PROTOCOLS);
  return modelPartToIr(part, book.call) ?? [];
}

/** `contents` → IR messages: `model` turns are the assistant's, every other role (user, function) the user's. */
export function contentsToIr(contents: readonly WireContent[]): IrMessage[] {
  const book = createCallBook();
  return contents.map((content, i): IrMessage => {
    const at = (j: number) => `contents.${i}.parts.${j}`;
    if (content.role === 'model')
      return { role: 'assistant', content: content.parts.flatMap((part, j) => modelPartsToIr(part, at(j), book)) };
    const parts = content.parts.map((part, j) => userPartToIr(part, at(j), book));
    return { role: 'user', content: parts.filter((part): part is IrUserPart => part !== null) };
  });
}

/** `systemInstruction` (a string, or a content whose text parts are the instructions). */
export function systemToIr(system: string | WireContent | undefined): IrText[] {
  if (system === undefined) return [];
  if (typeof system === 'string') return system === '' ? [] : [{ type: 'text', text: system }];
  return system.parts.flatMap((part, i): IrText[] => {
    if (part.text !== undefined) return part.text === '' ? [] : [{ type: 'text', text: part.text }];
    throw new UnsupportedFeatureError(
      `systemInstruction.parts.${i}: a system instruction other than text`,
      OTHER_PROTOCOLS,
    );
  });
}
