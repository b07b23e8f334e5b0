import { z } from 'zod';
import { isoDate } from './common.js';

/** Clients the gateway recognises in the User-Agent, with the install hint shown to outdated ones. */
export const KNOWN_CLIENTS = {
  'claude-code': { label: 'Claude Code', install: 'npm install -g @anthropic-ai/claude-code@{version}' },
  codex: { label: 'Codex CLI', install: 'npm install -g @openai/codex@{version}' },
  'gemini-cli': { label: 'Gemini CLI', install: 'npm install -g @google/gemini-cli@{version}' },
  'anthropic-sdk': { label: 'Anthropic SDK', install: 'upgrade the Anthropic SDK to {version}' },
  'openai-sdk': { label: 'OpenAI SDK', install: 'upgrade the OpenAI SDK to {version}' },
  'google-genai-sdk': { label: 'Google GenAI SDK', install: 'upgrade the Google GenAI SDK to {version}' },
} as const;
export type KnownClient = keyof typeof KNOWN_CLIENTS;
export const KNOWN_CLIENT_IDS = Object.keys(KNOWN_CLIENTS) as [KnownClient, ...KnownClient[]];

/** A dotted version of one to four numbers (`2.0.31`). */
export const VERSION_TEXT = /^\d{1,6}(\.\d{1,6}){0,3}$/;
const version = z.string().trim().regex(VERSION_TEXT, 'expected a version such as 2.0.31');

const ruleFields = z.object({
  client: z.enum(KNOWN_CLIENT_IDS),
  minVersion: version.nullable().default(null),
  blockedVersions: z.array(version).max(100).default([]),
  scopeGroup: z.string().trim().min(1).max(200).nullable().default(null).describe('User group; null for everyone'),
  enabled: z.boolean().default(true),
  note: z.string().max(500).default(''),
});

export const clientVersionRuleBody = ruleFields.refine(
  (rule) => rule.minVersion !== null || rule.blockedVersions.length > 0,
  { message: 'set a minimum version or at least one blocked version', path: ['minVersion'] },
);
export type ClientVersionRuleInput = z.input<typeof clientVersionRuleBody>;

export const clientVersionRuleSchema = ruleFields.extend({ id: z.string(), createdAt: isoDate, updatedAt: isoDate });
export type ClientVersionRule = z.infer<typeof clientVersionRuleSchema>;
export const clientVersionRuleListSchema = z.object({ items: z.array(clientVersionRuleSchema) });
