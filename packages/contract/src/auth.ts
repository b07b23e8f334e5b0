import { z } from 'zod';

/** Who is signed in: the admin (token) or a user (a key with console access). */
export const ROLES = ['admin', 'user'] as const;
export type Role = (typeof ROLES)[number];

export const loginBody = z.object({
  token: z.string().min(1).describe('The admin token, or a user key with console access'),
});
export type LoginInput = z.input<typeof loginBody>;

export const sessionResponse = z.object({
  role: z.enum(ROLES),
  name: z.string(),
  csrfToken: z.string().describe('Send as x-csrf-token on every cookie-authenticated change'),
});
export type AuthSession = z.infer<typeof sessionResponse>;

export const logoutResponse = z.object({ ok: z.literal(true) });
