import { type AuthSession, type LoginInput, logoutResponse, sessionResponse } from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { apiRequest } from './client';
import { setCsrfToken } from './csrf-token';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export { ROLES } from '@cch/contract';
export type { Role } from '@cch/contract';
/** The signed-in session behind the cookie. */
export type Session = AuthSession;

export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
};

/** `GET /admin/auth/me`: the session behind the cookie, or null when there is none. */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const session = await apiRequest('/admin/auth/me', { schema: sessionResponse, signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.isUnauthorized) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(token: string): Promise<Session> {
  const session = await apiRequest('/admin/auth/login', {
    method: 'POST',
    body: { token } satisfies LoginInput,
    schema: sessionResponse,
  });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await apiRequest('/admin/auth/logout', { method: 'POST', schema: logoutResponse });
  } finally {
    setCsrfToken(null);
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The router's view of auth (`context.auth`): resolves the session, cached by TanStack Query. */
export interface AuthContext {
  getSession: () => Promise<Session | null>;
}

export function createAuthContext(queryClient: QueryClient): AuthContext {
  return { getSession: () => queryClient.ensureQueryData(sessionQueryOptions()) };
}

/** Forgets everything cached for the previous session; the session itself becomes "none". */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData(authKeys.session(), null);
}

export function useLoginMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), session);
    },
  });
}

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Even if the server call fails (expired cookie, gateway down) the console forgets the session.
    onSettled: () => clearSession(queryClient),
  });
}
