// Sensitive-word check on a Claude Code body of about 80 KB: the work the refuse-sensitive-words
// step does per request (parse the text fields, pick out the text, match every rule), in µs.
// Two bodies: the recorded Claude Code request (76 KB, mostly tool schemas) and one of the same
// size that is mostly conversation (tool results, long messages), the worst case for the matcher.
// Run: apps/gateway/node_modules/.bin/tsx --conditions=source bench/sensitive-words-bench.ts
//   (BENCH_WORDS=50 BENCH_REGEXES=5 BENCH_RUNS=2000)
import { readFileSync } from 'node:fs';
import {
  compileSensitiveWords,
  extractRequestText,
  rawTextFields,
  readJsonBody,
  type SensitiveWordRule,
} from '../packages/core/src/index.js';

const WORDS = Number(process.env['BENCH_WORDS'] ?? 50);
const REGEXES = Number(process.env['BENCH_REGEXES'] ?? 5);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 2000);

const fixture = readFileSync(
  new URL('../packages/core/src/protocols/anthropic/fixtures/claude-code-request.json', import.meta.url),
);

/** The fixture's tools and system prompt, with a conversation added until the body is about 80 KB. */
function conversationBody(): Buffer {
  const doc = JSON.parse(fixture.toString('utf8')) as { messages: unknown[]; tools: unknown[] };
  doc.tools = doc.tools.slice(0, 3);
  const line = 'export function handler(request: Request): Response { return new Response("ok"); }\n';
  for (let i = 0; Buffer.byteLength(JSON.stringify(doc)) < 80_000; i++) {
    doc.messages.push(
      {
        role: 'assistant',
        content: [{ type: 'tool_use', id: `toolu_${i}`, name: 'Read', input: { path: `f${i}.ts` } }],
      },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: `toolu_${i}`, content: line.repeat(12) }],
      },
    );
  }
  return Buffer.from(JSON.stringify(doc));
}

function rules(): SensitiveWordRule[] {
  const at = new Date(0);
  const rule = (id: string, pattern: string, kind: 'word' | 'regex'): SensitiveWordRule => ({
    id,
    pattern,
    kind,
    scopeGroup: null,
    enabled: true,
    note: '',
    createdAt: at,
    updatedAt: at,
  });
  return [
    ...Array.from({ length: WORDS }, (_, i) => rule(`w${i}`, `forbidden-term-${i}`, 'word')),
    ...Array.from({ length: REGEXES }, (_, i) => rule(`r${i}`, `secret\\s*project\\s+code${i}\\d{3}`, 'regex')),
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** µs per run of `work`, after a warm-up: median and p99. */
function time(work: () => void): { median: number; p99: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 200; i++) {
    const started = performance.now();
    work();
    if (i >= 200) times.push((performance.now() - started) * 1000);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

/** The step's work: the raw prefilter, then (when it cannot rule a match out) parse, extract, match. */
function check(matcher: ReturnType<typeof compileSensitiveWords>, raw: Buffer): void {
  // a fresh lazy body per run: the step pays for scanning the body and parsing the text fields
  const doc = readJsonBody(raw)!;
  if (!matcher.mightMatch(rawTextFields(doc, 'anthropic'), 'default')) return;
  if (matcher.find(extractRequestText(doc, 'anthropic'), 'default')) {
    throw new Error('the bench body must not match');
  }
}

function measure(name: string, raw: Buffer): void {
  const kb = (raw.length / 1024).toFixed(0);
  // the machine's speed, for comparing figures taken on different (or busy) machines
  const parse = time(() => JSON.parse(raw.toString('utf8')));
  const line = (label: string, t: { median: number; p99: number }) =>
    console.log(`  ${label}: median ${t.median.toFixed(0)} µs, p99 ${t.p99.toFixed(0)} µs per check`);
  console.log(`${name} (${kb} KB); JSON.parse of the whole body: median ${parse.median.toFixed(0)} µs`);
  const words = compileSensitiveWords(rules().filter((r) => r.kind === 'word'));
  line(
    `${WORDS} words`,
    time(() => check(words, raw)),
  );
  const all = compileSensitiveWords(rules());
  line(
    `${WORDS} words + ${REGEXES} regexes`,
    time(() => check(all, raw)),
  );
}

measure('Claude Code request', fixture);
measure('conversation-heavy request', conversationBody());
