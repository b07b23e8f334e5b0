import { asRecord } from '../../json/as-record.js';

type Schema = Record<string, unknown>;

const NESTED_MAPS = ['properties'] as const;
const NESTED_LISTS = ['anyOf'] as const;

/**
 * A Gemini `Schema` (OpenAPI subset, upper-case types, `nullable`) → JSON Schema for the IR:
 * types lower-cased, `nullable: true` as a `type` list with `"null"`, the rest kept as it is.
 * (`parametersJsonSchema` / `responseJsonSchema` are JSON Schema already and are not read here.)
 */
export function schemaToIr(input: Schema): Schema {
  const { nullable, ...schema } = input;
  const out: Schema = { ...schema };
  if (typeof schema['type'] === 'string') {
    const type = schema['type'].toLowerCase();
    out['type'] = nullable === true ? [type, 'null'] : type;
  }
  if (typeof schema['format'] === 'string' && schema['format'] === 'enum') delete out['format'];
  for (const field of NESTED_MAPS) {
    const map = asRecord(schema[field]);
    if (!map) continue;
    out[field] = Object.fromEntries(
      Object.entries(map).map(([key, value]) => [key, schemaToIr(asRecord(value) ?? {})]),
    );
  }
  for (const field of NESTED_LISTS) {
    const list = schema[field];
    if (Array.isArray(list)) out[field] = list.map((value) => schemaToIr(asRecord(value) ?? {}));
  }
  const items = asRecord(schema['items']);
  if (items) out['items'] = schemaToIr(items);
  return out;
}
