import type { IrCacheHint, IrMessage, IrText } from './ir-content.js';

/** A function the model may call. `parameters` is a JSON Schema object. */
export interface IrTool {
  name: string;
  description?: string;
  parameters: Record<string, unknown>;
  /** OpenAI `strict`. */
  strict?: boolean;
  cache?: IrCacheHint;
}

export type IrToolChoice =
  | { type: 'auto' }
  | { type: 'none' }
  /** The model must call some tool (Claude `any`, OpenAI `required`, Gemini `ANY`). */
  | { type: 'required' }
  | { type: 'tool'; name: string };

/** Extended thinking / reasoning, as asked for. */
export type IrReasoning =
  | { type: 'disabled' }
  /** Claude `adaptive` (the model decides): OpenAI effort medium, Gemini dynamic budget. */
  | { type: 'adaptive' }
  /** A token budget (Claude `budget_tokens`, Gemini `thinkingBudget`); `effort` derived where needed. */
  | { type: 'budget'; budgetTokens: number; effort?: IrEffort }
  /** An effort level (OpenAI `reasoning_effort` / `reasoning.effort`); budgets derived where needed. */
  | { type: 'effort'; effort: IrEffort };

export type IrEffort = 'minimal' | 'low' | 'medium' | 'high';

export type IrResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; name: string; schema: Record<string, unknown>; strict?: boolean; description?: string };

/** Everything a generate request says, in one shape for all protocols. */
export interface IrRequest {
  model: string;
  /** Top-level system prompt (Claude `system`, Responses `instructions`, Gemini `systemInstruction`). */
  system: IrText[];
  messages: IrMessage[];
  tools: IrTool[];
  toolChoice: IrToolChoice | null;
  /**
   * False when the client forbade parallel calls (Claude `disable_parallel_tool_use`, OpenAI
   * `parallel_tool_calls: false`); null when it did not say.
   */
  parallelToolCalls: boolean | null;
  maxOutputTokens: number | null;
  temperature: number | null;
  topP: number | null;
  topK: number | null;
  stopSequences: string[];
  stream: boolean;
  reasoning: IrReasoning | null;
  /** Whether reasoning text (summaries, thoughts) should be shown to the client when produced. */
  includeReasoning: boolean;
  responseFormat: IrResponseFormat | null;
  /** End-user identifier (Claude `metadata.user_id`, OpenAI `user` / `safety_identifier`). */
  user: string | null;
  /** A cache routing key (OpenAI `prompt_cache_key`). */
  promptCacheKey: string | null;
}

/** A request with nothing set but the model and messages. */
export function emptyIrRequest(model: string, messages: IrMessage[] = []): IrRequest {
  return {
    model,
    system: [],
    messages,
    tools: [],
    toolChoice: null,
    parallelToolCalls: null,
    maxOutputTokens: null,
    temperature: null,
    topP: null,
    topK: null,
    stopSequences: [],
    stream: false,
    reasoning: null,
    includeReasoning: false,
    responseFormat: null,
    user: null,
    promptCacheKey: null,
  };
}
