import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * Where the real CLIs are installed (never inside the repository): `CCH_CLIENTS_BIN` (a
 * PATH-style list, set by .ci/run), the tools folders of REAL-CLIENTS.md, then PATH.
 */
export function findCli(name: 'claude' | 'codex' | 'gemini'): string | null {
  const dirs = [
    ...(process.env.CCH_CLIENTS_BIN ?? '').split(delimiter),
    join(homedir(), '.cache/cch-clients/node_modules/.bin'),
    '/tmp/clients/node_modules/.bin',
    '/tmp/cc/node_modules/.bin',
    ...(process.env.PATH ?? '').split(delimiter),
  ].filter((dir) => dir.length > 0);
  for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a CLI with its own temporary HOME (and whatever files it needs there), stdin closed
 * (`</dev/null`), a minimal environment and a timeout.
 */
export function runCli(input: {
  bin: string;
  args: string[];
  /** Variables for the run; a function when they name paths inside the temporary home. */
  env: Record<string, string> | ((home: string) => Record<string, string>);
  /** Files to create inside the home, by relative path. */
  files?: Record<string, string>;
  timeoutMs?: number;
  /** Reuse this home (kept afterwards) instead of a fresh one. */
  home?: string;
}): Promise<CliRun> {
  const home = input.home ?? mkdtempSync(join(tmpdir(), 'cch-cli-home-'));
  for (const [path, content] of Object.entries(input.files ?? {})) {
    mkdirSync(join(home, path, '..'), { recursive: true });
    writeFileSync(join(home, path), content);
  }
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    NO_COLOR: '1',
    ...(typeof input.env === 'function' ? input.env(home) : input.env),
  };
  return new Promise((resolve) => {
    const child = execFile(
      input.bin,
      input.args,
      { env, cwd: home, timeout: input.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!input.home) rmSync(home, { recursive: true, force: true });
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

/** A temporary home kept across several runs (Claude Code resumes a session from it). */
export function makeHome(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'cch-cli-home-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
