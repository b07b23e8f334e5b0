import {
  type ExportHeader,
  type ExportRecord,
  exportEndSchema,
  exportHeaderSchema,
  exportRecordSchema,
  IMPORT_MAX_BYTES,
} from '@cch/contract';
import type { z } from 'zod';
import { AdminError } from '../problem.js';

export interface ImportFile {
  header: ExportHeader;
  records: ExportRecord[];
}

const refused = (detail: string) => new AdminError(400, 'Import refused', `${detail}. Nothing was changed.`);

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(line)'}: ${issue.message}`)
    .join('; ');
}

/** Splits a byte stream into lines without holding more than one line and one chunk; counts bytes. */
async function* lines(body: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<string> {
  let bytes = 0;
  let rest = '';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > maxBytes)
      throw new AdminError(413, 'Import refused', `The file is larger than ${maxBytes} bytes. Nothing was changed.`);
    let text: string;
    try {
      text = rest + decoder.decode(buffer, { stream: true });
    } catch {
      throw refused('The file is not UTF-8 text');
    }
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  try {
    rest += decoder.decode();
  } catch {
    throw refused('The file is not UTF-8 text');
  }
  if (rest !== '') yield rest;
}

/**
 * Reads an export file line by line and validates every line: the header first, records, and the
 * end line whose count must match (so a truncated file is refused). Any bad line refuses the
 * whole file, naming the line.
 */
export async function readImportFile(
  body: AsyncIterable<Buffer | string>,
  maxBytes = IMPORT_MAX_BYTES,
): Promise<ImportFile> {
  let header: ExportHeader | null = null;
  let ended = false;
  const records: ExportRecord[] = [];
  let lineNo = 0;
  for await (const raw of lines(body, maxBytes)) {
    lineNo += 1;
    const text = raw.trim();
    if (text === '') continue;
    if (ended) throw refused(`Line ${lineNo}: nothing may follow the end line`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw refused(`Line ${lineNo}: not valid JSON`);
    }
    if (!header) {
      const parsed = exportHeaderSchema.safeParse(value);
      if (!parsed.success)
        throw refused(`Line ${lineNo}: not a Claude Code Hub export header (${describeIssues(parsed.error.issues)})`);
      header = parsed.data;
      continue;
    }
    const end = exportEndSchema.safeParse(value);
    if (end.success) {
      if (end.data.records !== records.length)
        throw refused(
          `Line ${lineNo}: the end line counts ${end.data.records} records, the file has ${records.length}`,
        );
      ended = true;
      continue;
    }
    const parsed = exportRecordSchema.safeParse(value);
    if (!parsed.success) throw refused(`Line ${lineNo}: ${describeIssues(parsed.error.issues)}`);
    records.push(parsed.data);
  }
  if (!header) throw refused('The file is empty');
  if (!ended) throw refused('The file has no end line (truncated?)');
  return { header, records };
}
