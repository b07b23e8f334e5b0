import { type Provider, withCodeAssistProject } from '@cch/core';
import type { ProxyContext } from '../context.js';
import type { CodeAssistProjects } from '../../upstream/code-assist-projects.js';
import type { DispatcherPool } from '../../upstream/dispatchers.js';
import type { PreparedRequest } from '../forward/prepare-request.js';

/**
 * A request converted for a Code Assist provider, with the project of the provider's account in
 * its envelope (as the Gemini CLI sends it; see `CodeAssistProjects`). Any other request as it
 * was; a native Code Assist request's project is noted for the provider on the way.
 */
export async function withAccountProject(
  ctx: ProxyContext,
  prepared: PreparedRequest,
  provider: Provider,
  deps: { codeAssistProjects: CodeAssistProjects; dispatchers: DispatcherPool },
  signal: AbortSignal,
): Promise<PreparedRequest> {
  if (provider.type !== 'gemini-cli') return prepared;
  if (prepared.conversion === null) {
    const sent = ctx.endpoint.kind === 'generate' ? ctx.body?.doc.get('project') : undefined;
    if (typeof sent === 'string' && sent.length > 0) deps.codeAssistProjects.noteClientProject(provider, sent);
    return prepared;
  }
  if (prepared.body === null) return prepared;
  const dispatcher = deps.dispatchers.get(provider, 'configured');
  const project = await deps.codeAssistProjects.projectOf(provider, dispatcher, signal);
  return project === null ? prepared : { ...prepared, body: withCodeAssistProject(prepared.body, project) };
}
