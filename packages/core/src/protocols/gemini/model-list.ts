const METHODS = ['generateContent', 'streamGenerateContent', 'countTokens'];

function modelEntry(id: string) {
  return { name: `models/${id}`, displayName: id, supportedGenerationMethods: METHODS };
}

/** `GET /v1beta/models`. */
export function renderGeminiModelList(models: readonly string[]): unknown {
  return { models: models.map(modelEntry) };
}

/** `GET /v1beta/models/{model}`. */
export function renderGeminiModel(model: string): unknown {
  return modelEntry(model);
}
