import { asRecord } from '../../json/as-record.js';

type Schema = Record<string, unknown>;

/**
 * The fields of the Gemini API's `Schema` (a subset of OpenAPI 3.0) that are kept; everything
 * else (`$schema`, `additionalProperties`, `exclusiveMinimum`, `propertyNames`, `patternProperties`,
 * `not`, `if`/`then`, `uniqueItems`, `multipleOf` …) is dropped: Gemini refuses unknown fields.
 * `type`, `enum`, `format`, `anyOf`, `items`, `properties` and `required` are rewritten below.
 */
const PLAIN_FIELDS = [
  'title',
  'description',
  'nullable',
  'maxItems',
  'minItems',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'example',
  'default',
  'minimum',
  'maximum',
  'propertyOrdering',
] as const;

/** Formats Gemini documents per type; others are dropped (older API versions refuse them). */
const FORMATS: Readonly<Record<string, readonly string[]>> = {
  STRING: ['enum', 'date-time'],
  NUMBER: ['float', 'double'],
  INTEGER: ['int32', 'int64'],
};

const TYPES = new Set(['STRING', 'NUMBER', 'INTEGER', 'BOOLEAN', 'ARRAY', 'OBJECT', 'NULL']);
const MAX_REF_DEPTH = 8;

interface Walk {
  defs: Schema;
  depth: number;
}

function resolveRef(schema: Schema, walk: Walk): Schema | null {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const match = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(ref);
  const target = match?.[1] === undefined ? null : asRecord(walk.defs[decodeURIComponent(match[1])]);
  if (!target || walk.depth >= MAX_REF_DEPTH) return null;
  const { $ref: _ref, ...siblings } = schema;
  return { ...target, ...siblings };
}

function geminiType(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.toUpperCase();
  return TYPES.has(upper) ? upper : undefined;
}

/** `allOf` members merged into one schema (properties and required lists joined). */
function mergeAllOf(schema: Schema): Schema {
  const members = Array.isArray(schema['allOf']) ? schema['allOf'].map(asRecord) : [];
  const { allOf: _allOf, ...rest } = schema;
  let merged: Schema = rest;
  for (const member of members) {
    if (!member) continue;
    const properties = { ...asRecord(merged['properties']), ...asRecord(member['properties']) };
    const required = [...arrayOf(merged['required']), ...arrayOf(member['required'])];
    merged = { ...member, ...merged, properties, required };
  }
  return merged;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `type: ["string", "null"]` → STRING + nullable; several non-null types → `anyOf`. */
function typeFields(schema: Schema): Schema {
  const type = schema['type'];
  if (!Array.isArray(type)) {
    const single = geminiType(type) ?? inferredType(schema);
    return single ? { type: single } : {};
  }
  const nullable = type.includes('null');
  const types = type.map(geminiType).filter((t): t is string => t !== undefined && t !== 'NULL');
  const nullField = nullable ? { nullable: true } : {};
  if (types.length === 1) return { type: types[0], ...nullField };
  if (types.length === 0) return nullable ? { type: 'NULL' } : {};
  return { anyOf: types.map((t) => ({ type: t })), ...nullField };
}

function inferredType(schema: Schema): string | undefined {
  if (asRecord(schema['properties'])) return 'OBJECT';
  if (schema['items'] !== undefined) return 'ARRAY';
  if (Array.isArray(schema['enum']) || typeof schema['const'] === 'string') return 'STRING';
  return undefined;
}

function enumFields(schema: Schema): Schema {
  const values = Array.isArray(schema['enum'])
    ? schema['enum']
    : schema['const'] !== undefined
      ? [schema['const']]
      : null;
  if (!values) return {};
  const nullable = values.includes(null) ? { nullable: true } : {};
  const strings = values.filter((value) => value !== null);
  // Gemini enums are strings; an enum of numbers or objects stays a plain typed value
  return strings.every((value) => typeof value === 'string') && strings.length > 0
    ? { enum: strings, ...nullable }
    : nullable;
}

function convert(input: Schema, walk: Walk): Schema {
  const resolved = resolveRef(input, walk);
  if (!resolved) return { type: 'OBJECT' };
  const inner: Walk = { defs: walk.defs, depth: walk.depth + (resolved === input ? 0 : 1) };
  const schema = mergeAllOf(resolved);
  const out: Schema = {};
  for (const field of PLAIN_FIELDS) if (schema[field] !== undefined) out[field] = schema[field];
  Object.assign(out, typeFields(schema), enumFields(schema));
  const format = schema['format'];
  if (typeof format === 'string' && typeof out['type'] === 'string' && FORMATS[out['type']]?.includes(format))
    out['format'] = format;
  const variants = arrayOf(schema['anyOf'] ?? schema['oneOf']).map(asRecord);
  if (variants.length > 0) Object.assign(out, anyOfFields(variants, inner));
  const properties = asRecord(schema['properties']);
  if (properties) {
    const converted: Schema = {};
    for (const [name, value] of Object.entries(properties)) converted[name] = convert(asRecord(value) ?? {}, inner);
    out['properties'] = converted;
    const required = arrayOf(schema['required']).filter((name) => typeof name === 'string' && name in converted);
    if (required.length > 0) out['required'] = required;
  }
  const items = Array.isArray(schema['items']) ? schema['items'][0] : schema['items'];
  if (asRecord(items)) out['items'] = convert(asRecord(items) ?? {}, inner);
  return out;
}

function anyOfFields(variants: (Schema | null)[], walk: Walk): Schema {
  const kept = variants.filter((v): v is Schema => v !== null && v['type'] !== 'null');
  const nullable = kept.length < variants.length ? { nullable: true } : {};
  if (kept.length === 1 && kept[0]) return { ...convert(kept[0], walk), ...nullable };
  return { anyOf: kept.map((variant) => convert(variant, walk)), ...nullable };
}

/**
 * A tool's JSON Schema (or a structured-output schema) reduced to what Gemini accepts: local
 * `$ref`s inlined (a cycle deeper than 8 becomes a plain object), `allOf` merged, `oneOf` read as
 * `anyOf`, `const` as a one-value enum, `type` arrays as a type plus `nullable`, `required`
 * limited to declared properties, types upper-cased, unknown keywords dropped.
 */
export function schemaFromIr(schema: Schema): Schema {
  const defs = { ...asRecord(schema['definitions']), ...asRecord(schema['$defs']) };
  return convert(schema, { defs, depth: 0 });
}
