import type { Dispatcher } from 'undici';
import {
  buildUpstreamHeaders,
  buildUpstreamUrl,
  LOAD_CODE_ASSIST_BODY,
  LOAD_CODE_ASSIST_PATH,
  type Provider,
  readCodeAssistProject,
  UPSTREAMS,
} from '@cch/core';

/** How long an account that named no project (or could not be asked) is not asked again. */
const RETRY_AFTER_MS = 60_000;
const NO_ALLOW_LIST = { names: [], prefixes: [] };

export interface CodeAssistProjects {
  /**
   * The Google Cloud project of a Code Assist provider's account, as the Gemini CLI learns it
   * (`loadCodeAssist` with the account's credentials): asked once per provider setting and
   * remembered. An account that names none (a Standard tier one, whose project the user sets) gets
   * the project the Gemini CLI itself last sent through this provider; null when there is none
   * either (the account is then asked again later).
   */
  projectOf(provider: Provider, dispatcher: Dispatcher, signal: AbortSignal): Promise<string | null>;
  /** The project a native Code Assist request (the Gemini CLI's own) names for this provider. */
  noteClientProject(provider: Provider, project: string): void;
}

async function askProject(provider: Provider, dispatcher: Dispatcher, signal: AbortSignal): Promise<string | null> {
  const url = buildUpstreamUrl(provider.type, provider.baseUrl, LOAD_CODE_ASSIST_PATH);
  const descriptor = UPSTREAMS[provider.type];
  const headers = buildUpstreamHeaders({
    clientHeaders: {},
    allowed: NO_ALLOW_LIST,
    defaultHeaders: descriptor.defaultHeaders,
    customHeaders: provider.customHeaders,
    authHeaders: descriptor.authHeaders(provider.apiKey),
  });
  try {
    const response = await dispatcher.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(LOAD_CODE_ASSIST_BODY),
      signal,
      headersTimeout: provider.timeouts.totalMs,
      bodyTimeout: provider.timeouts.totalMs,
    });
    if (response.statusCode < 200 || response.statusCode >= 300) {
      await response.body.dump();
      return null;
    }
    return readCodeAssistProject(await response.body.json());
  } catch {
    return null; // the request itself then goes without a project, and its failure is judged as usual
  }
}

export function createCodeAssistProjects(now: () => number): CodeAssistProjects {
  const answers = new Map<string, { version: number; project: Promise<string | null>; askAgainAt: number }>();
  const sentByClients = new Map<string, { version: number; project: string }>();

  function accountProject(provider: Provider, dispatcher: Dispatcher, signal: AbortSignal): Promise<string | null> {
    // a changed provider (key, base URL) may be another account: asked anew
    const version = provider.updatedAt.getTime();
    const entry = answers.get(provider.id);
    if (entry?.version === version && now() < entry.askAgainAt) return entry.project;
    const project = askProject(provider, dispatcher, signal);
    const asked = { version, project, askAgainAt: Number.POSITIVE_INFINITY };
    answers.set(provider.id, asked);
    void project.then((found) => {
      if (found !== null || answers.get(provider.id) !== asked) return;
      if (signal.aborted)
        answers.delete(provider.id); // the caller left; the account was not really asked
      else asked.askAgainAt = now() + RETRY_AFTER_MS;
    });
    return project;
  }

  return {
    async projectOf(provider, dispatcher, signal) {
      const found = await accountProject(provider, dispatcher, signal);
      if (found !== null) return found;
      const sent = sentByClients.get(provider.id);
      return sent?.version === provider.updatedAt.getTime() ? sent.project : null;
    },
    noteClientProject(provider, project) {
      sentByClients.set(provider.id, { version: provider.updatedAt.getTime(), project });
    },
  };
}
