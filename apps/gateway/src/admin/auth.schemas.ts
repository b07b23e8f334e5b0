import { z } from 'zod';

export const loginBody = z.object({ token: z.string().min(1).describe('The admin token, or a user key with console access') });

export const sessionResponse = z.object({
  role: z.enum(['admin', 'user']),
  name: z.string(),
  csrfToken: z.string().describe('Send as x-csrf-token on every cookie-authenticated change'),
});

export const logoutResponse = z.object({ ok: z.literal(true) });
