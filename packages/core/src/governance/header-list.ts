/** Adds a token to a comma-separated header value (e.g. `anthropic-beta`) unless it is there. */
export function addToken(value: string | undefined, token: string): string {
  const tokens = splitTokens(value);
  return tokens.includes(token) ? tokens.join(',') : [...tokens, token].join(',');
}

/** The value without the token; undefined when nothing is left. */
export function removeToken(value: string | undefined, token: string): string | undefined {
  const tokens = splitTokens(value).filter((t) => t !== token);
  return tokens.length > 0 ? tokens.join(',') : undefined;
}

export function splitTokens(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
