import type { QuotaOverview, QuotaOverviewRow } from '@cch/contract';
import { type ApiKey, hasAnyLimit, type SubjectUsage, type User } from '@cch/core';

export interface QuotaOverviewInput {
  users: readonly User[];
  keys: readonly ApiKey[];
  kind?: 'user' | 'key';
  sort: 'closest' | 'reset' | 'name';
  q?: string;
}

/** Who a quota row is about: the users and keys with at least one limit, filtered by kind and name. */
export function quotaSubjects(input: QuotaOverviewInput) {
  const q = input.q?.toLowerCase();
  const matches = (name: string) => q === undefined || q === '' || name.toLowerCase().includes(q);
  const userById = new Map(input.users.map((user) => [user.id, user]));
  const users = input.kind === 'key' ? [] : input.users.filter((user) => matches(user.name));
  const keys = input.kind === 'user' ? [] : input.keys.filter((key) => matches(key.name));
  const limited = [
    ...users.filter((user) => hasAnyLimit(user.limits)).map((user) => ({ kind: 'user' as const, entity: user })),
    ...keys.filter((key) => hasAnyLimit(key.limits)).map((key) => ({ kind: 'key' as const, entity: key })),
  ];
  return { limited, unlimited: users.length + keys.length - limited.length, userById };
}

function shareOf(current: number | string, max: number | string): number {
  const limit = Number(max);
  if (!(limit > 0)) return Number(current) > 0 ? 1 : 0;
  return Number(current) / limit;
}

function rowOf(
  subject: ReturnType<typeof quotaSubjects>['limited'][number],
  usage: SubjectUsage | undefined,
  userById: ReadonlyMap<string, User>,
): QuotaOverviewRow {
  const entries = usage?.entries ?? [];
  let closestShare = 0;
  let closestLimit: QuotaOverviewRow['closestLimit'] = null;
  for (const entry of entries) {
    const share = shareOf(entry.current, entry.max);
    if (closestLimit === null || share > closestShare) [closestShare, closestLimit] = [share, entry.limit];
  }
  const resets = entries.map((entry) => entry.resetAt).filter((at) => at !== null);
  const owner = subject.kind === 'key' ? userById.get(subject.entity.userId) : undefined;
  return {
    subject: { kind: subject.kind, id: subject.entity.id },
    name: subject.entity.name,
    userId: owner?.id ?? null,
    userName: owner?.name ?? null,
    enabled: subject.entity.enabled,
    closestShare,
    closestLimit,
    nextResetAt: resets.length > 0 ? Math.min(...resets) : null,
    entries,
  };
}

const ORDER: Record<QuotaOverviewInput['sort'], (a: QuotaOverviewRow, b: QuotaOverviewRow) => number> = {
  closest: (a, b) => b.closestShare - a.closestShare || a.name.localeCompare(b.name),
  reset: (a, b) => (a.nextResetAt ?? Infinity) - (b.nextResetAt ?? Infinity) || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name),
};

/** Rows of the quota overview from the subjects and the usage read for them, in the asked order. */
export function buildQuotaOverview(
  subjects: ReturnType<typeof quotaSubjects>,
  usages: readonly SubjectUsage[],
  sort: QuotaOverviewInput['sort'],
): QuotaOverview {
  const usageOf = new Map(usages.map((usage) => [`${usage.subject.kind}:${usage.subject.id}`, usage]));
  const items = subjects.limited.map((subject) =>
    rowOf(subject, usageOf.get(`${subject.kind}:${subject.entity.id}`), subjects.userById),
  );
  return { items: items.sort(ORDER[sort]), unlimited: subjects.unlimited };
}
