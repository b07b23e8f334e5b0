const CREATED_AT = '2025-01-01T00:00:00Z';

function modelEntry(id: string) {
  return { type: 'model', id, display_name: id, created_at: CREATED_AT };
}

/** `GET /v1/models` as the Models API answers it (one page). */
export function renderAnthropicModelList(models: readonly string[]): unknown {
  return { data: models.map(modelEntry), has_more: false, first_id: models[0] ?? null, last_id: models.at(-1) ?? null };
}

/** `GET /v1/models/{model_id}`. */
export function renderAnthropicModel(model: string): unknown {
  return modelEntry(model);
}
