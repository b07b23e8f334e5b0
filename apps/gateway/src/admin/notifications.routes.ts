import {
  createNotificationTargetBody,
  idParams,
  type NotificationChannel,
  notificationDeliveriesQuery,
  notificationDeliveryListSchema,
  notificationDeliverySchema,
  notificationTargetListSchema,
  notificationTargetSchema,
  okSchema,
  SIGNING_CHANNELS,
  updateNotificationTargetBody,
} from '@cch/contract';
import {
  createNotificationTarget,
  deleteNotificationTarget,
  getNotificationTarget,
  listNotificationDeliveries,
  listNotificationTargets,
  type NotificationDeliveryRecord,
  type NotificationTargetConfig,
  updateNotificationTarget,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { badRequest, notFound } from './problem.js';

const TAGS = ['notifications'];

/** A target as the API and the audit log show it: no URL, token or signing secret. */
function viewTarget({ credential: _c, signingSecret, ...target }: NotificationTargetConfig) {
  return {
    ...target,
    hasSigningSecret: signingSecret !== null,
    createdAt: target.createdAt.toISOString(),
    updatedAt: target.updatedAt.toISOString(),
  };
}

function viewDelivery(row: NotificationDeliveryRecord) {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

type SecretFields = Pick<
  z.output<typeof updateNotificationTargetBody>,
  'webhookUrl' | 'botToken' | 'chatId' | 'apiBaseUrl' | 'signingSecret'
>;

/** Refuses fields the channel has no use for, so a typo'd setup fails loudly instead of silently. */
function checkFieldsFit(channel: NotificationChannel, body: SecretFields): void {
  const telegram = channel === 'telegram';
  const misplaced = [
    ...(telegram && body.webhookUrl !== undefined ? ['webhookUrl'] : []),
    ...(!telegram && body.botToken !== undefined ? ['botToken'] : []),
    ...(!telegram && body.chatId !== undefined ? ['chatId'] : []),
    ...(!telegram && body.apiBaseUrl !== undefined ? ['apiBaseUrl'] : []),
    ...(!(SIGNING_CHANNELS as readonly string[]).includes(channel) && body.signingSecret ? ['signingSecret'] : []),
  ];
  if (misplaced.length > 0) throw badRequest(`A ${channel} target takes no ${misplaced.join(', ')}.`);
}

export async function notificationsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db, secretBox, notifier } = runtime;
  const load = async (id: string) =>
    (await getNotificationTarget(db, secretBox, id)) ?? Promise.reject(notFound('notification target', id));

  defineRoute(app, {
    method: 'GET',
    url: '/notifications/targets',
    summary: 'Notification targets (URLs and tokens masked)',
    tags: TAGS,
    schemas: { response: { 200: notificationTargetListSchema } },
    handler: async () => ({ items: (await listNotificationTargets(db, secretBox)).map(viewTarget) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/notifications/targets/:id',
    summary: 'One notification target',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: notificationTargetSchema } },
    handler: async (request) => viewTarget(await load(request.params.id)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/notifications/targets',
    summary: 'Create a target: a chat robot or a signed webhook, and the events it receives',
    tags: TAGS,
    schemas: { body: createNotificationTargetBody, response: { 201: notificationTargetSchema } },
    async handler(request, reply) {
      const { webhookUrl, botToken, ...fields } = request.body;
      checkFieldsFit(fields.channel, request.body);
      const credential = fields.channel === 'telegram' ? botToken : webhookUrl;
      if (credential === undefined) throw badRequest('The URL or bot token is missing.');
      const created = await createNotificationTarget(db, secretBox, { ...fields, credential });
      await audit(runtime, request, {
        action: 'notification-target.create',
        targetType: 'notification-target',
        targetId: created.id,
        after: viewTarget(created),
      });
      await notifier.changed();
      return reply.code(201).send(viewTarget(created));
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/notifications/targets/:id',
    summary: 'Update a target (a URL, token or secret is only replaced when given)',
    tags: TAGS,
    schemas: { params: idParams, body: updateNotificationTargetBody, response: { 200: notificationTargetSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      checkFieldsFit(before.channel, request.body);
      const { webhookUrl, botToken, ...fields } = request.body;
      const credential = before.channel === 'telegram' ? botToken : webhookUrl;
      const after =
        (await updateNotificationTarget(db, secretBox, before.id, {
          ...fields,
          ...(credential !== undefined && { credential }),
        })) ?? before;
      await audit(runtime, request, {
        action: 'notification-target.update',
        targetType: 'notification-target',
        targetId: before.id,
        before: viewTarget(before),
        after: viewTarget(after),
      });
      await notifier.changed();
      return viewTarget(after);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/notifications/targets/:id',
    summary: 'Delete a target and its delivery log',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      await deleteNotificationTarget(db, before.id);
      await audit(runtime, request, {
        action: 'notification-target.delete',
        targetType: 'notification-target',
        targetId: before.id,
        before: viewTarget(before),
      });
      await notifier.changed();
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/notifications/targets/:id/test',
    summary: 'Send a test message now (one attempt, no cooldown); the delivery with its outcome',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: notificationDeliverySchema } },
    async handler(request) {
      const delivery = await notifier.sendTest(request.params.id);
      if (!delivery) throw notFound('notification target', request.params.id);
      await audit(runtime, request, {
        action: 'notification-target.test',
        targetType: 'notification-target',
        targetId: request.params.id,
        after: { status: delivery.status, lastError: delivery.lastError },
      });
      return viewDelivery(delivery);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/notifications/targets/:id/deliveries',
    summary: "A target's latest deliveries: status, attempts and the last error",
    tags: TAGS,
    schemas: {
      params: idParams,
      querystring: notificationDeliveriesQuery,
      response: { 200: notificationDeliveryListSchema },
    },
    async handler(request) {
      const target = await load(request.params.id);
      const rows = await listNotificationDeliveries(db, target.id, request.query.limit ?? 50);
      return { items: rows.map(viewDelivery) };
    },
  });
}
