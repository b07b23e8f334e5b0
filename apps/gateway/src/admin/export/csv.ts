/** An exact decimal (money): written as its text, and as a number where the format has numbers. */
export interface DecimalCell {
  readonly decimal: string;
}

export type Cell = string | number | boolean | Date | DecimalCell | null | undefined;

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'decimal' in value) return value.decimal;
  const text = value instanceof Date ? value.toISOString() : String(value);
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvLine = (cells: readonly Cell[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** A CSV document, line by line as the rows arrive. */
export async function* csvChunks(
  header: readonly string[],
  rows: AsyncIterable<readonly Cell[]>,
): AsyncGenerator<string> {
  yield csvLine(header);
  for await (const row of rows) yield csvLine(row);
}
