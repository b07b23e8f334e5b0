import { z } from 'zod';

/**
 * The GenerateContentRequest pieces the converters read (the Gemini API's REST shape, also the
 * `request` of a Code Assist envelope). Objects are loose: fields the IR does not carry are
 * checked by name in `request-fields.ts`, never rejected by the schema.
 */
const blobSchema = z.object({ mimeType: z.string(), data: z.string() });
const fileDataSchema = z.object({ mimeType: z.string().optional(), fileUri: z.string() });

export const partSchema = z
  .object({
    text: z.string().optional(),
    thought: z.boolean().optional(),
    thoughtSignature: z.string().optional(),
    inlineData: blobSchema.optional(),
    fileData: fileDataSchema.optional(),
    functionCall: z
      .object({ id: z.string().optional(), name: z.string(), args: z.record(z.string(), z.unknown()).optional() })
      .optional(),
    functionResponse: z
      .object({
        id: z.string().optional(),
        name: z.string(),
        response: z.record(z.string(), z.unknown()).optional(),
        parts: z.array(z.object({ inlineData: blobSchema.optional(), fileData: fileDataSchema.optional() })).optional(),
      })
      .optional(),
  })
  .loose();
export type WirePart = z.infer<typeof partSchema>;

export const contentSchema = z.object({
  role: z.string().optional(),
  parts: z.array(partSchema).default([]),
});
export type WireContent = z.infer<typeof contentSchema>;

const functionDeclarationSchema = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    parametersJsonSchema: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();
export type WireFunctionDeclaration = z.infer<typeof functionDeclarationSchema>;

export const toolSchema = z.object({ functionDeclarations: z.array(functionDeclarationSchema).optional() }).loose();

export const toolConfigSchema = z.object({
  functionCallingConfig: z
    .object({ mode: z.string().optional(), allowedFunctionNames: z.array(z.string()).optional() })
    .optional(),
});

export const thinkingConfigSchema = z.object({
  includeThoughts: z.boolean().optional(),
  thinkingBudget: z.number().int().optional(),
  thinkingLevel: z.string().optional(),
});

export const generationConfigSchema = z
  .object({
    maxOutputTokens: z.number().int().positive().optional(),
    temperature: z.number().optional(),
    topP: z.number().optional(),
    topK: z.number().optional(),
    stopSequences: z.array(z.string()).optional(),
    candidateCount: z.number().int().optional(),
    responseMimeType: z.string().optional(),
    responseSchema: z.record(z.string(), z.unknown()).optional(),
    responseJsonSchema: z.record(z.string(), z.unknown()).optional(),
    responseModalities: z.array(z.string()).optional(),
    thinkingConfig: thinkingConfigSchema.optional(),
  })
  .loose();

export const generateContentRequestSchema = z
  .object({
    contents: z.array(contentSchema).default([]),
    systemInstruction: z.union([z.string(), contentSchema]).optional(),
    tools: z.array(toolSchema).optional(),
    toolConfig: toolConfigSchema.optional(),
    generationConfig: generationConfigSchema.optional(),
  })
  .loose();
export type WireRequest = z.infer<typeof generateContentRequestSchema>;
