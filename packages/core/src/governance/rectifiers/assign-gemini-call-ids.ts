import { stableCallId } from '../../ir/stable-call-id.js';
import { asRecord } from '../../json/as-record.js';
import type { JsonBody } from '../../json/json-body.js';

function withId(part: Record<string, unknown>, key: 'functionCall' | 'functionResponse', id: string) {
  return { ...part, [key]: { ...asRecord(part[key]), id } };
}

/**
 * The Gemini call-id rectifier: every `functionCall` in `contents` without an id gets a stable one
 * (same call, same position → same id), and every `functionResponse` without an id takes the id
 * of the earliest unanswered call of the same name. Null when every call already had its id.
 */
export function assignGeminiCallIds(body: JsonBody): { changes: Record<string, unknown>; assigned: number } | null {
  if (!body.contains('functionCall') && !body.contains('functionResponse')) return null;
  const contents = body.get('contents');
  if (!Array.isArray(contents)) return null;
  const unanswered = new Map<string, string[]>();
  let position = 0;
  let assigned = 0;
  const rewritten = contents.map((content) => {
    const record = asRecord(content);
    if (!record || !Array.isArray(record['parts'])) return content;
    let changed = false;
    const parts = record['parts'].map((part) => {
      const p = asRecord(part);
      const call = asRecord(p?.['functionCall']);
      const response = asRecord(p?.['functionResponse']);
      if (p && call) {
        const name = typeof call['name'] === 'string' ? call['name'] : '';
        let id = typeof call['id'] === 'string' && call['id'] !== '' ? call['id'] : null;
        const given = id !== null;
        id ??= stableCallId(name, JSON.stringify(call['args'] ?? {}), position);
        position++;
        unanswered.set(name, [...(unanswered.get(name) ?? []), id]);
        if (given) return part;
        changed = true;
        assigned++;
        return withId(p, 'functionCall', id);
      }
      if (p && response) {
        const name = typeof response['name'] === 'string' ? response['name'] : '';
        const queue = unanswered.get(name) ?? [];
        const hasId = typeof response['id'] === 'string' && response['id'] !== '';
        if (hasId) {
          unanswered.set(
            name,
            queue.filter((id) => id !== response['id']),
          );
          return part;
        }
        const id = queue.shift();
        if (id === undefined) return part;
        changed = true;
        assigned++;
        return withId(p, 'functionResponse', id);
      }
      return part;
    });
    return changed ? { ...record, parts } : content;
  });
  return assigned > 0 ? { changes: { contents: rewritten }, assigned } : null;
}
