/**
 * Something in a request the target protocol cannot express (a document for a provider without
 * documents, a server-side tool, `previous_response_id` …): answered 400 in the caller's protocol
 * naming `feature`, never dropped silently.
 */
export class UnsupportedFeatureError extends Error {
  constructor(
    readonly feature: string,
    readonly target: string,
  ) {
    super(`${feature} cannot be sent to a ${target} provider.`);
    this.name = 'UnsupportedFeatureError';
  }
}

/** A request whose content a converter cannot read (a tool result for no call, a malformed part …). */
export class InvalidIrRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidIrRequestError';
  }
}
