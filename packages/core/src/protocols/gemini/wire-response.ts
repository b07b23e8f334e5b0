import { z } from 'zod';
import { partSchema } from './wire-request.js';

/** A GenerateContentResponse (a whole answer, or one chunk of a stream) as the converters read it. */
export const candidateSchema = z.object({
  content: z.object({ parts: z.array(partSchema).nullish() }).nullish(),
  finishReason: z.string().nullish(),
});

export const generateContentResponseSchema = z.object({
  candidates: z.array(candidateSchema).nullish(),
  promptFeedback: z.object({ blockReason: z.string().nullish() }).nullish(),
  modelVersion: z.string().nullish(),
  responseId: z.string().nullish(),
});
export type WireResponse = z.infer<typeof generateContentResponseSchema>;

export const streamErrorSchema = z.object({
  error: z.object({ code: z.number().optional(), message: z.string().optional(), status: z.string().optional() }),
});
