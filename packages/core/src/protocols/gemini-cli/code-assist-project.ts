import { asRecord } from '../../json/as-record.js';

/**
 * Code Assist requests name the Google Cloud project they run in (`{model, project, request}`).
 * The Gemini CLI learns it at sign-in from `loadCodeAssist` (the project the account was
 * onboarded to, or the one set in GOOGLE_CLOUD_PROJECT) and sends it on every request; a request
 * converted from another protocol has none, so the gateway asks the provider's account the same
 * way. These are the call and the reading of its answer.
 */
export const LOAD_CODE_ASSIST_PATH = '/v1internal:loadCodeAssist';

/** The body the Gemini CLI sends to `loadCodeAssist` when it has no project of its own. */
export const LOAD_CODE_ASSIST_BODY = {
  metadata: { ideType: 'IDE_UNSPECIFIED', platform: 'PLATFORM_UNSPECIFIED', pluginType: 'GEMINI' },
} as const;

/** The account's project in a `loadCodeAssist` answer (a string, or `{id}` as onboarding writes it); null if none. */
export function readCodeAssistProject(json: unknown): string | null {
  const project = asRecord(json)?.['cloudaicompanionProject'];
  if (typeof project === 'string') return project.length > 0 ? project : null;
  const id = asRecord(project)?.['id'];
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * A converted Code Assist body (`{model, request}`, JSON) with `project` set in its place after
 * `model`, as the Gemini CLI writes it; a body that already names one is left as it is.
 */
export function withCodeAssistProject(body: Buffer, project: string): Buffer {
  const envelope = asRecord(JSON.parse(body.toString()));
  if (!envelope || typeof envelope['project'] === 'string') return body;
  const { model, ...rest } = envelope;
  return Buffer.from(JSON.stringify({ model, project, ...rest }));
}
