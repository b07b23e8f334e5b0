/**
 * The CSRF token for cookie-authenticated mutations. Kept in memory only (never in a cookie or
 * storage): it comes from the login / session response, so a page reload re-reads it from
 * `GET /admin/auth/me`.
 */
let token: string | null = null;

export function getCsrfToken(): string | null {
  return token;
}

export function setCsrfToken(next: string | null): void {
  token = next;
}
