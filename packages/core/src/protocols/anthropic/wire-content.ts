import { z } from 'zod';

/**
 * The content blocks of a Messages request, as far as the converters read them (field names
 * from `@anthropic-ai/sdk` `resources/messages/messages.d.ts`). Blocks are first read by their
 * `type` only (`blockHeadSchema`), then by the schema of that type, so an unknown or server-side
 * block is refused by name instead of failing a union.
 */
export const blockHeadSchema = z.object({ type: z.string() }).loose();
export type WireBlockHead = z.infer<typeof blockHeadSchema>;

export const contentSchema = z.union([z.string(), z.array(blockHeadSchema)]);
export type WireContent = z.infer<typeof contentSchema>;

export const cacheControlSchema = z
  .object({ type: z.literal('ephemeral'), ttl: z.enum(['5m', '1h']).optional() })
  .nullish();

export const textBlockSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  cache_control: cacheControlSchema,
});

const base64Source = z.object({ type: z.literal('base64'), media_type: z.string(), data: z.string() });
const urlSource = z.object({ type: z.literal('url'), url: z.string() });
const fileSource = z.object({ type: z.literal('file'), file_id: z.string() });
const plainTextSource = z.object({ type: z.literal('text'), data: z.string() });
const contentSource = z.object({ type: z.literal('content'), content: contentSchema });

export const imageBlockSchema = z.object({
  type: z.literal('image'),
  source: z.discriminatedUnion('type', [base64Source, urlSource, fileSource]),
  cache_control: cacheControlSchema,
});

export const documentBlockSchema = z.object({
  type: z.literal('document'),
  source: z.discriminatedUnion('type', [base64Source, urlSource, fileSource, plainTextSource, contentSource]),
  title: z.string().nullish(),
  context: z.string().nullish(),
  cache_control: cacheControlSchema,
});
export type WireDocumentSource = z.infer<typeof documentBlockSchema>['source'];

export const toolUseBlockSchema = z.object({
  type: z.literal('tool_use'),
  id: z.string(),
  name: z.string(),
  input: z.unknown(),
  caller: z.object({ type: z.string() }).loose().optional(),
});

export const toolResultBlockSchema = z.object({
  type: z.literal('tool_result'),
  tool_use_id: z.string(),
  content: contentSchema.optional(),
  is_error: z.boolean().optional(),
  cache_control: cacheControlSchema,
});

export const thinkingBlockSchema = z.object({
  type: z.literal('thinking'),
  thinking: z.string(),
  signature: z.string().optional(),
});

export const redactedThinkingBlockSchema = z.object({ type: z.literal('redacted_thinking'), data: z.string() });
