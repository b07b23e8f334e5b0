import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const workload = fileURLToPath(new URL('../../test/fixtures/heap-growth-workload.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

async function peakHeapMb(percent: number): Promise<number> {
  const { stdout } = await promisify(execFile)(tsx, [workload, String(percent)]);
  return (JSON.parse(stdout) as { peakHeapMb: number }).peakHeapMb;
}

describe('limitHeapGrowth', () => {
  it('keeps the heap near its live size under promoted garbage, where V8 alone lets it grow', async () => {
    const [unlimited, limited] = await Promise.all([peakHeapMb(0), peakHeapMb(30)]);
    // ~20 MB stays live; V8 alone reserves ~180 MB here, limited to 30 % ~95 MB
    expect(limited).toBeLessThan(unlimited * 0.7);
  }, 60_000);
});
