import { z } from 'zod';
import { headSchema } from './wire-request.js';

/** The Responses stream events the decoder reads (`ResponseStreamEvent` in the SDK). */
export const createdSchema = z.object({ response: z.object({ id: z.string(), model: z.string() }) });

export const itemEventSchema = z.object({ output_index: z.number().int().nonnegative(), item: headSchema });

export const partEventSchema = z.object({
  output_index: z.number().int().nonnegative(),
  content_index: z.number().int().nonnegative().default(0),
  part: z.object({ type: z.string(), text: z.string().optional(), refusal: z.string().optional() }).loose(),
});

export const deltaEventSchema = z.object({
  output_index: z.number().int().nonnegative(),
  content_index: z.number().int().nonnegative().default(0),
  delta: z.string(),
});

export const summaryPartSchema = z.object({
  output_index: z.number().int().nonnegative(),
  summary_index: z.number().int().nonnegative().default(0),
});

export const argumentsDoneSchema = z.object({ output_index: z.number().int().nonnegative(), arguments: z.string() });

export const terminalSchema = z.object({
  response: z
    .object({
      status: z.string().nullish(),
      incomplete_details: z.object({ reason: z.string().nullish() }).nullish(),
      error: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
    })
    .loose(),
});

export const errorEventSchema = z.object({ code: z.string().nullish(), message: z.string().nullish() });
