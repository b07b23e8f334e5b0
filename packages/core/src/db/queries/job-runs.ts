import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { toJson } from '../to-json.js';

export interface JobRun {
  job: string;
  ranAt: Date;
  details: Record<string, unknown>;
}

/** Records that `job` ran at `ranAt` (replacing its previous run). */
export async function recordJobRun(
  db: Kysely<Database>,
  job: string,
  ranAt: Date,
  details: Record<string, unknown>,
): Promise<void> {
  const json = toJson(details);
  await db
    .insertInto('jobRuns')
    .values({ job, ranAt, details: json })
    .onConflict((oc) => oc.column('job').doUpdateSet({ ranAt, details: json }))
    .execute();
}

/** The last recorded run of `job`, or undefined before its first. */
export async function getJobRun(db: Kysely<Database>, job: string): Promise<JobRun | undefined> {
  return db.selectFrom('jobRuns').selectAll().where('job', '=', job).executeTakeFirst();
}
