import type { CostReportQuery } from '@cch/contract';
import { addUsd, type CostReportRow, type IndexedSnapshot } from '@cch/core';
import type { Cell } from './csv.js';

type Dimension = CostReportQuery['by'][number];

const MEASURES = [
  'requests',
  'errors',
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'reasoningTokens',
] as const satisfies readonly (keyof CostReportRow)[];

/** Columns per dimension: a readable name, then the id (a model is its own name). */
const DIMENSION_COLUMNS: Record<Dimension, readonly string[]> = {
  user: ['user', 'userId'],
  key: ['key', 'keyId'],
  provider: ['provider', 'providerId'],
  model: ['model'],
};

export function costReportHeader(by: readonly Dimension[]): string[] {
  return [...by.flatMap((dimension) => DIMENSION_COLUMNS[dimension]), ...MEASURES, 'costUsd'];
}

/** Today's names of users, keys or providers by id; a deleted one is shown by its id. */
function namesOf(dimension: Exclude<Dimension, 'model'>, snapshot: IndexedSnapshot): (id: string) => string {
  const byId: ReadonlyMap<string, { name: string }> =
    dimension === 'user'
      ? snapshot.userById
      : dimension === 'provider'
        ? snapshot.providerById
        : new Map(snapshot.keys.map((key) => [key.id, key]));
  return (id) => (id === '' ? '' : (byId.get(id)?.name ?? `(deleted) ${id}`));
}

/**
 * The report's lines, with names beside ids, as the rows arrive; a last line holds the totals.
 * Stops before `maxRows` data lines, ending with a line that says the report was cut.
 */
export async function* costReportLines(
  rows: AsyncIterable<CostReportRow>,
  by: readonly Dimension[],
  names: IndexedSnapshot,
  maxRows = Number.POSITIVE_INFINITY,
): AsyncGenerator<Cell[]> {
  const nameLookups = by.map((dimension) => (dimension === 'model' ? undefined : namesOf(dimension, names)));
  const totals = Object.fromEntries(MEASURES.map((measure) => [measure, 0])) as Record<
    (typeof MEASURES)[number],
    number
  >;
  let cost = '0';
  let written = 0;
  for await (const row of rows) {
    if (written >= maxRows) {
      yield [`report cut at ${maxRows} rows: narrow the period or group by fewer dimensions`];
      return;
    }
    const cells: Cell[] = by.flatMap((_, index) => {
      const id = row.keys[index] ?? '';
      const nameOf = nameLookups[index];
      return nameOf === undefined ? [id] : [nameOf(id), id];
    });
    for (const measure of MEASURES) {
      totals[measure] += row[measure];
      cells.push(row[measure]);
    }
    cost = addUsd(cost, row.costUsd);
    cells.push({ decimal: row.costUsd });
    written += 1;
    yield cells;
  }
  const labelCells = by.flatMap((dimension) => DIMENSION_COLUMNS[dimension]).map(() => '' as Cell);
  labelCells[0] = 'Total';
  yield [...labelCells, ...MEASURES.map((measure) => totals[measure]), { decimal: cost }];
}
