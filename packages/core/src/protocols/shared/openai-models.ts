const CREATED = 1735689600;

function modelEntry(id: string) {
  return { id, object: 'model', created: CREATED, owned_by: 'claude-code-hub' };
}

/** `GET /v1/models` in the OpenAI shape. */
export function renderOpenAiModelList(models: readonly string[]): unknown {
  return { object: 'list', data: models.map(modelEntry) };
}

/** `GET /v1/models/{model}`. */
export function renderOpenAiModel(model: string): unknown {
  return modelEntry(model);
}
