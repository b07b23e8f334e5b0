const DECIMAL = /^(-?\d*\.?\d+)(?:e([+-]?\d+))?$/i;

/** Moves the decimal point without binary rounding noise: shift('3', -6) → 0.000003, shift('1.5e-7', 6) → 0.15. */
function shift(value: string, places: number): number | null {
  const match = DECIMAL.exec(value.trim());
  if (!match?.[1]) return null;
  const exponent = Number(match[2] ?? '0') + places;
  const result = Number(`${match[1]}e${exponent}`);
  return Number.isFinite(result) ? result : null;
}

/** A stored per-token price (number or decimal string) as USD per million tokens; null when absent or unreadable. */
export function perMillion(value: number | string | undefined): number | null {
  if (value === undefined) return null;
  return shift(String(value), 6);
}

/** A price the API returned as a number or string, as a number; null when absent or unreadable. */
export function asNumber(value: number | string | undefined): number | null {
  if (value === undefined) return null;
  return shift(String(value), 0);
}

/** A per-million amount typed by the user ("3", "0.30") as USD per token. */
export function perTokenFromMillion(text: string): number | null {
  return shift(text, -6);
}

/** A number as plain decimal text for an input field (never exponent notation). */
export function plainDecimal(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 12 });
}
