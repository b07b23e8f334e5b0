export interface ResponseFields {
  id: string;
  model: string;
  createdAt: number;
  status: string;
  output: unknown[];
  usage: Record<string, unknown> | null;
  incompleteDetails?: { reason: string } | null;
  error?: { code: string; message: string } | null;
}

/** A Response object; the fields a converted answer cannot know are filled the same way every time. */
export function responseObject(fields: ResponseFields): Record<string, unknown> {
  return {
    id: fields.id,
    object: 'response',
    created_at: fields.createdAt,
    status: fields.status,
    background: false,
    error: fields.error ?? null,
    incomplete_details: fields.incompleteDetails ?? null,
    instructions: null,
    max_output_tokens: null,
    model: fields.model,
    output: fields.output,
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: false,
    temperature: null,
    text: { format: { type: 'text' } },
    tool_choice: 'auto',
    tools: [],
    top_p: null,
    truncation: 'disabled',
    usage: fields.usage,
    user: null,
    metadata: {},
  };
}
