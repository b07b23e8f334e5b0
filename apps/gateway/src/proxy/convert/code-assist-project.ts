import { type Provider, withCodeAssistProject } from '@cch/core';
import type { CodeAssistProjects } from '../../upstream/code-assist-projects.js';
import type { DispatcherPool } from '../../upstream/dispatchers.js';
import type { PreparedRequest } from '../forward/prepare-request.js';

/**
 * A request converted for a Code Assist provider, with the project of the provider's account in
 * its envelope (as the Gemini CLI sends it; see `CodeAssistProjects`). Any other request, or one
 * whose account names no project, as it was.
 */
export async function withAccountProject(
  prepared: PreparedRequest,
  provider: Provider,
  deps: { codeAssistProjects: CodeAssistProjects; dispatchers: DispatcherPool },
  signal: AbortSignal,
): Promise<PreparedRequest> {
  if (prepared.conversion?.to !== 'gemini-cli' || prepared.body === null) return prepared;
  const dispatcher = deps.dispatchers.get(provider, 'configured');
  const project = await deps.codeAssistProjects.projectOf(provider, dispatcher, signal);
  return project === null ? prepared : { ...prepared, body: withCodeAssistProject(prepared.body, project) };
}
