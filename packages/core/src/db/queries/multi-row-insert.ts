import { CompiledQuery } from 'kysely';

/** Distinct batch sizes whose SQL text is kept; past this the cache starts over. */
const MAX_CACHED_SIZES = 64;

/**
 * A multi-row INSERT for a fixed column list, its SQL text built once per row count and kept: the
 * hot log insert then costs one array fill per batch instead of a Kysely build, plugin pass and
 * compile. Values go as bind parameters exactly as Kysely would send them.
 */
export interface MultiRowInsert<Row> {
  compile(rows: readonly Row[]): CompiledQuery;
}

/**
 * @param columns snake_case column name → how a row gives that column's value, in SQL order
 * @param suffix appended after the VALUES list (e.g. an ON CONFLICT clause)
 */
export function multiRowInsert<Row>(
  table: string,
  columns: readonly (readonly [string, (row: Row) => unknown])[],
  suffix = '',
): MultiRowInsert<Row> {
  const head = `insert into "${table}" (${columns.map(([name]) => `"${name}"`).join(', ')}) values `;
  const textBySize = new Map<number, string>();

  function textFor(rowCount: number): string {
    const cached = textBySize.get(rowCount);
    if (cached !== undefined) return cached;
    const tuples: string[] = [];
    let parameter = 1;
    for (let row = 0; row < rowCount; row++) {
      const placeholders: string[] = [];
      for (let column = 0; column < columns.length; column++) placeholders.push(`$${parameter++}`);
      tuples.push(`(${placeholders.join(', ')})`);
    }
    const text = `${head}${tuples.join(', ')}${suffix}`;
    if (textBySize.size >= MAX_CACHED_SIZES) textBySize.clear();
    textBySize.set(rowCount, text);
    return text;
  }

  return {
    compile(rows) {
      const parameters: unknown[] = new Array(rows.length * columns.length);
      let index = 0;
      for (const row of rows) {
        for (const [, value] of columns) parameters[index++] = value(row);
      }
      return CompiledQuery.raw(textFor(rows.length), parameters);
    },
  };
}
