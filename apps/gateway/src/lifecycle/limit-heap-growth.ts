import { setFlagsFromString } from 'node:v8';

/**
 * Lets V8's old generation grow only `percent` past what survived the last full collection
 * before it collects again (0 leaves V8's own rule). On a busy proxy V8 otherwise lets it grow up
 * to 4×: in-flight requests outlive a scavenge or two and are promoted, and the heap fills with
 * that garbage until a full collection, which is most of the resident memory after load. Too low
 * a limit costs CPU: at 30 % a Claude Code-sized body load ran a full collection every few
 * hundred ms (+40 % CPU); at 60 % neither workload's CPU moved beyond the noise.
 *
 * Set at startup rather than on the command line because NODE_OPTIONS does not accept this flag;
 * V8 reads it at each collection, so setting it after startup takes effect.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
