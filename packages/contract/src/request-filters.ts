import { z } from 'zod';
import { isoDate } from './common.js';

/** Where a request filter applies: every request, one provider, a provider group or a user group. */
export const REQUEST_FILTER_SCOPES = ['global', 'provider', 'provider_group', 'user_group'] as const;
export type RequestFilterScope = (typeof REQUEST_FILTER_SCOPES)[number];
export const REQUEST_FILTER_TARGETS = ['header', 'body'] as const;
export const REQUEST_FILTER_ACTIONS = ['set', 'remove'] as const;

/** Headers the gateway owns: a filter may not set or remove them. */
export const FILTER_PROTECTED_HEADERS = ['host', 'content-length', 'connection', 'transfer-encoding'] as const;

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
/** A JSON body path: object keys separated by dots (`metadata.user_id`). */
export const BODY_PATH = /^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+){0,7}$/;

const filterFields = z.object({
  name: z.string().trim().min(1).max(100),
  enabled: z.boolean().default(true),
  position: z.number().int().min(0).max(1_000_000).default(0).describe('Lower runs first'),
  scope: z.enum(REQUEST_FILTER_SCOPES),
  scopeValue: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .default(null)
    .describe('Provider id, provider group or user group; null for global'),
  target: z.enum(REQUEST_FILTER_TARGETS),
  action: z.enum(REQUEST_FILTER_ACTIONS),
  path: z.string().trim().min(1).max(200).describe('Header name, or a dotted JSON body path'),
  secret: z.boolean().default(false).describe('Stored encrypted, never returned'),
});

/** Create or replace a filter. A secret filter's value may be omitted on update to keep the stored one. */
export const requestFilterBody = filterFields
  .extend({ value: z.json().optional().describe('For set: a string for headers, any JSON value for body paths') })
  .superRefine((rule, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((rule.scope === 'global') !== (rule.scopeValue === null)) {
      issue('scopeValue', rule.scope === 'global' ? 'a global filter has no scope value' : 'name what it applies to');
    }
    if (rule.target === 'header') {
      if (!HEADER_NAME.test(rule.path)) issue('path', 'not a valid header name');
      const lower = rule.path.toLowerCase();
      if ((FILTER_PROTECTED_HEADERS as readonly string[]).includes(lower))
        issue('path', `${lower} is set by the gateway`);
      if (rule.action === 'set' && rule.value !== undefined && typeof rule.value !== 'string') {
        issue('value', 'a header value is a string');
      }
    } else if (!BODY_PATH.test(rule.path)) {
      issue('path', 'expected object keys separated by dots, such as metadata.user_id');
    }
    if (rule.action === 'remove' && rule.value !== undefined) issue('value', 'a remove filter has no value');
    if (rule.action === 'remove' && rule.secret) issue('secret', 'a remove filter has no value to keep secret');
  });
export type RequestFilterInput = z.input<typeof requestFilterBody>;

export const requestFilterSchema = filterFields.extend({
  id: z.string(),
  value: z.json().nullable().describe('null when secret or for remove'),
  valueMask: z.string().nullable().describe('The last characters of a secret value'),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type RequestFilter = z.infer<typeof requestFilterSchema>;
export const requestFilterListSchema = z.object({ items: z.array(requestFilterSchema) });
