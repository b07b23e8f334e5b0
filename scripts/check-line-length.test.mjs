import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findLongLines, isChecked, MAX_LINE_LENGTH } from './check-line-length.mjs';

test('reports each line over the limit with its 1-based number', () => {
  const text = ['short', 'x'.repeat(MAX_LINE_LENGTH), 'y'.repeat(MAX_LINE_LENGTH + 1), '', 'z'.repeat(200)].join('\n');
  assert.deepEqual(findLongLines(text), [
    { line: 3, length: MAX_LINE_LENGTH + 1 },
    { line: 5, length: 200 },
  ]);
});

test('counts characters, not bytes, and ignores CRLF line endings', () => {
  assert.deepEqual(findLongLines(`${'令'.repeat(MAX_LINE_LENGTH)}\r\nok\r\n`), []);
  assert.equal(findLongLines('é'.repeat(MAX_LINE_LENGTH + 1)).length, 1);
});

test('measures source files and skips lockfiles, fixtures and other extensions', () => {
  for (const path of ['apps/console/src/main.tsx', 'biome.json', 'scripts/check-line-length.mjs', 'a/b.css', 'x.js']) {
    assert.equal(isChecked(path), true, path);
  }
  const skipped = [
    'pnpm-lock.yaml',
    'apps/x/package-lock.json',
    'packages/core/src/protocols/anthropic/fixtures/stream.json',
    'fixtures/a.ts',
    'README.md',
  ];
  for (const path of skipped) assert.equal(isChecked(path), false, path);
  assert.equal(isChecked('apps/gateway/src/app.ts'), true);
});
