import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

/** Every limit of a user or key; USD amounts are exact decimal strings, null means "no limit". */
export const limitsSchema = z.object({
  rpm: z.number().int().nullable(),
  concurrentSessions: z.number().int().nullable(),
  usd5h: z.string().nullable(),
  usdDaily: z.string().nullable(),
  usdWeekly: z.string().nullable(),
  usdMonthly: z.string().nullable(),
  usdTotal: z.string().nullable(),
  fiveHourMode: z.enum(['rolling', 'fixed']),
  dailyMode: z.enum(['fixed', 'rolling']),
  dailyResetTime: z.string(),
});
export type Limits = z.infer<typeof limitsSchema>;

/** What a create/update may send for limits: any subset, null clears a limit. */
export type LimitsPatch = { [K in keyof Limits]?: Limits[K] };

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  note: z.string(),
  role: z.enum(['admin', 'user']),
  group: z.string().nullable(),
  limits: limitsSchema,
  allowedModels: z.array(z.string()),
  allowedClients: z.array(z.string()),
  enabled: z.boolean(),
  expiresAt: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

const userListSchema = z.object({ items: z.array(userSchema) });
const okSchema = z.object({ ok: z.literal(true) });

export interface UserInput {
  name: string;
  note: string;
  role: User['role'];
  group: string | null;
  enabled: boolean;
  expiresAt: string | null;
  tags: string[];
  allowedModels: string[];
  allowedClients: string[];
  limits: LimitsPatch;
}

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

export function usersQueryOptions() {
  return queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => apiRequest('/admin/users', { schema: userListSchema, signal }).then((r) => r.items),
  });
}

export function userQueryOptions(id: string) {
  return queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(`/admin/users/${encodeURIComponent(id)}`, { schema: userSchema, signal }),
  });
}

export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) => apiRequest('/admin/users', { method: 'POST', body: input, schema: userSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<UserInput> }) =>
      apiRequest(`/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: userSchema }),
    onSuccess: async (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      // Limits changed: the quota view lists one entry per configured limit.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['quota', 'user', user.id] }),
      ]);
    },
  });
}

export function useDeleteUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/admin/users/${encodeURIComponent(id)}`, { method: 'DELETE', schema: okSchema }),
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: userKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: userKeys.list() });
    },
  });
}
