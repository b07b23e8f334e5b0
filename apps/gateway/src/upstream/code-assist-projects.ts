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
   * remembered; null when the account names none or could not be asked (then asked again later).
   */
  projectOf(provider: Provider, dispatcher: Dispatcher, signal: AbortSignal): Promise<string | null>;
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
  const known = new Map<string, { version: number; project: Promise<string | null>; askAgainAt: number }>();
  return {
    projectOf(provider, dispatcher, signal) {
      // a changed provider (key, base URL) may be another account: asked anew
      const version = provider.updatedAt.getTime();
      const entry = known.get(provider.id);
      if (entry?.version === version && now() < entry.askAgainAt) return entry.project;
      const project = askProject(provider, dispatcher, signal);
      const asked = { version, project, askAgainAt: Number.POSITIVE_INFINITY };
      known.set(provider.id, asked);
      void project.then((found) => {
        if (found !== null || known.get(provider.id) !== asked) return;
        if (signal.aborted)
          known.delete(provider.id); // the caller left; the account was not really asked
        else asked.askAgainAt = now() + RETRY_AFTER_MS;
      });
      return project;
    },
  };
}
