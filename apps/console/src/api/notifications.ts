import {
  type CreateNotificationTargetInput,
  notificationDeliveryListSchema,
  notificationDeliverySchema,
  notificationTargetListSchema,
  notificationTargetSchema,
  okSchema,
  type UpdateNotificationTargetInput,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export { NOTIFICATION_CHANNELS, NOTIFICATION_DEFAULTS, NOTIFICATION_EVENTS, SIGNING_CHANNELS } from '@cch/contract';
export type {
  CreateNotificationTargetInput,
  NotificationChannel,
  NotificationDelivery,
  NotificationEventKind,
  NotificationTarget,
  UpdateNotificationTargetInput,
} from '@cch/contract';

export const notificationKeys = {
  all: ['notifications'] as const,
  targets: () => [...notificationKeys.all, 'targets'] as const,
  deliveries: (targetId: string) => [...notificationKeys.all, 'deliveries', targetId] as const,
};

const targetPath = (id: string) => `/admin/notifications/targets/${encodeURIComponent(id)}`;

export function notificationTargetsQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.targets(),
    queryFn: ({ signal }) =>
      apiRequest('/admin/notifications/targets', { schema: notificationTargetListSchema, signal }).then((r) => r.items),
  });
}

export function notificationDeliveriesQueryOptions(targetId: string) {
  return queryOptions({
    queryKey: notificationKeys.deliveries(targetId),
    queryFn: ({ signal }) =>
      apiRequest(`${targetPath(targetId)}/deliveries?limit=50`, {
        schema: notificationDeliveryListSchema,
        signal,
      }).then((r) => r.items),
    refetchInterval: 10_000,
  });
}

/** Creates a target, or updates one when `id` is given (a secret is only replaced when sent). */
export function useSaveNotificationTargetMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input: { id: string; patch: UpdateNotificationTargetInput } | { create: CreateNotificationTargetInput },
    ) =>
      'create' in input
        ? apiRequest('/admin/notifications/targets', {
            method: 'POST',
            body: input.create,
            schema: notificationTargetSchema,
          })
        : apiRequest(targetPath(input.id), { method: 'PATCH', body: input.patch, schema: notificationTargetSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.targets() }),
  });
}

export function useDeleteNotificationTargetMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(targetPath(id), { method: 'DELETE', schema: okSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** Sends a test message now; resolves with the delivery (sent or failed, with the platform's error). */
export function useTestNotificationTargetMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`${targetPath(id)}/test`, { method: 'POST', schema: notificationDeliverySchema }),
    onSuccess: (delivery) =>
      queryClient.invalidateQueries({ queryKey: notificationKeys.deliveries(delivery.targetId) }),
  });
}
