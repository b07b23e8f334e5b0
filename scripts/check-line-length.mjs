#!/usr/bin/env node
// Fails when a tracked source file has a line longer than MAX_LINE_LENGTH characters, printing
// file:line for each offender. Biome formats at this width but leaves long strings, comments and
// class lists alone; this catches them. Run from the repository root (`pnpm lint` does).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MAX_LINE_LENGTH = 120;

const CHECKED_EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.css', '.json'];
const SKIPPED_FILES = ['pnpm-lock.yaml', 'package-lock.json'];
const SKIPPED_SEGMENTS = ['fixtures/'];

/** Whether a repository-relative path is a source file whose lines are measured. */
export function isChecked(path) {
  if (!CHECKED_EXTENSIONS.some((extension) => path.endsWith(extension))) return false;
  if (SKIPPED_FILES.some((name) => path === name || path.endsWith(`/${name}`))) return false;
  if (SKIPPED_SEGMENTS.some((segment) => path.startsWith(segment) || path.includes(`/${segment}`))) return false;
  return true;
}

/** 1-based numbers and lengths (in code points) of the lines of `text` longer than `max`. */
export function findLongLines(text, max = MAX_LINE_LENGTH) {
  const offenders = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const length = [...line].length;
    if (length > max) offenders.push({ line: index + 1, length });
  });
  return offenders;
}

function trackedFiles() {
  const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return output.split('\0').filter(Boolean);
}

function main() {
  let count = 0;
  for (const path of trackedFiles().filter(isChecked)) {
    let text;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // deleted in the work tree but still in the index
    }
    for (const { line, length } of findLongLines(text)) {
      console.error(`${path}:${line}: ${length} characters (max ${MAX_LINE_LENGTH})`);
      count += 1;
    }
  }
  if (count > 0) {
    console.error(`${count} line(s) over ${MAX_LINE_LENGTH} characters`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
