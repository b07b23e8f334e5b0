import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(srcDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

describe('the contract package', () => {
  it('imports only zod and its own modules, so the console can bundle it', () => {
    const foreign = sources.flatMap((name) =>
      [...readFileSync(`${srcDir}/${name}`, 'utf8').matchAll(/from '([^']+)'/g)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => specifier !== 'zod' && !specifier.startsWith('./'))
        .map((specifier) => `${name}: ${specifier}`),
    );
    expect(sources.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });

  it('exports every module from its index', () => {
    const index = readFileSync(`${srcDir}/index.ts`, 'utf8');
    const missing = sources.filter(
      (name) => name !== 'index.ts' && !index.includes(`'./${name.replace(/\.ts$/, '.js')}'`),
    );
    expect(missing).toEqual([]);
  });
});
