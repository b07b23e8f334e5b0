import { sql, type Kysely } from 'kysely';
import type { Database, ModelPriceRow, ModelPriceSource } from '../schema.js';
import { toJson } from '../to-json.js';

export type ModelPriceRecord = ModelPriceRow;

export interface ModelPriceInput {
  model: string;
  source: ModelPriceSource;
  /** LiteLLM field names: input_cost_per_token, cache_read_input_token_cost, … */
  prices: Record<string, unknown>;
}

// Stays well under PostgreSQL's 65,535 bind parameters per statement (3 per row).
const CHUNK_SIZE = 1000;

export async function listModelPrices(db: Kysely<Database>): Promise<ModelPriceRecord[]> {
  return db.selectFrom('modelPrices').selectAll().orderBy('model').execute();
}

export async function getModelPrice(db: Kysely<Database>, model: string): Promise<ModelPriceRecord | undefined> {
  return db.selectFrom('modelPrices').selectAll().where('model', '=', model).executeTakeFirst();
}

/**
 * Inserts or replaces prices in one transaction. A `manual` row is only ever replaced by another
 * `manual` row, so a sync or the built-in table never overwrites an admin's edit. When a model
 * appears twice in `entries`, the last one wins. Returns how many rows were written.
 */
export async function upsertModelPrices(db: Kysely<Database>, entries: readonly ModelPriceInput[]): Promise<number> {
  const byModel = new Map(entries.map((entry) => [entry.model, entry]));
  const rows = [...byModel.values()].map((entry) => ({ ...entry, prices: toJson(entry.prices) }));
  if (rows.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    let written = 0;
    for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
      const result = await trx
        .insertInto('modelPrices')
        .values(rows.slice(start, start + CHUNK_SIZE))
        .onConflict((oc) =>
          oc
            .column('model')
            .doUpdateSet((eb) => ({
              source: eb.ref('excluded.source'),
              prices: eb.ref('excluded.prices'),
              updatedAt: sql<Date>`now()`,
            }))
            .where((eb) => eb.or([eb('modelPrices.source', '<>', 'manual'), eb('excluded.source', '=', 'manual')])),
        )
        .executeTakeFirst();
      written += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return written;
  });
}

export async function deleteModelPrice(db: Kysely<Database>, model: string): Promise<boolean> {
  const result = await db.deleteFrom('modelPrices').where('model', '=', model).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
