import type { RedisConnectionTarget, RedisNodeAddress } from '@cch/core';
import { z } from 'zod';

/**
 * REDIS_URL forms (README "Redis: one server, Sentinel or Cluster"):
 *   redis://[user:password@]host[:port][/db]            one server (rediss:// = TLS)
 *   redis+cluster://[user:password@]h1:7000,h2:7001,…   a Redis Cluster: any seed nodes (rediss+cluster:// = TLS)
 *   redis+sentinel://[user:password@]s1:26379,s2:26379/master-name[/db][?sentinelPassword=…]
 *                                                        the master the sentinels watch (rediss+sentinel:// = TLS)
 * The user and password are those of the data nodes; the sentinels' own password goes in `sentinelPassword`.
 */
const MULTI_HOST = /^(rediss?)\+(cluster|sentinel):\/\/(?:([^@/?#]*)@)?([^/?#]+)(?:\/([^?#]*))?(?:\?([^#]*))?$/;
const HOST_PORT = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/;

type Parsed = { ok: true; target: RedisConnectionTarget } | { ok: false; reason: string };

function parseHosts(list: string, defaultPort: number): RedisNodeAddress[] | string {
  const nodes: RedisNodeAddress[] = [];
  for (const entry of list.split(',')) {
    const match = HOST_PORT.exec(entry.trim());
    const port = Number(match?.[2] ?? defaultPort);
    if (!match?.[1] || port < 1 || port > 65535) return `"${entry}" is not host:port`;
    nodes.push({ host: match[1].replace(/^\[|\]$/g, ''), port });
  }
  return nodes;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function parseCredentials(userinfo: string | undefined): { username?: string; password?: string } {
  if (!userinfo) return {};
  const [user = '', ...rest] = userinfo.split(':');
  const password = decode(rest.join(':'));
  return { ...(user && { username: decode(user) }), ...(password && { password }) };
}

function parseSentinelPath(path: string): { masterName: string; db: number } | string {
  const [masterName = '', db = '0', ...extra] = path.split('/');
  if (!masterName) return 'expected the master name after the hosts, e.g. redis+sentinel://s1:26379/mymaster';
  if (extra.length > 0 || !/^\d{1,2}$/.test(db)) return 'expected /master-name or /master-name/db-number';
  return { masterName: decode(masterName), db: Number(db) };
}

function parseMultiHost(url: string): Parsed | null {
  const match = MULTI_HOST.exec(url);
  if (!match) return null;
  const [, scheme, mode, userinfo, hostList = '', path = '', query = ''] = match;
  const tls = scheme === 'rediss';
  const nodes = parseHosts(hostList, mode === 'cluster' ? 6379 : 26379);
  if (typeof nodes === 'string') return { ok: false, reason: nodes };
  const params = new URLSearchParams(query);
  const credentials = parseCredentials(userinfo);
  if (mode === 'cluster') {
    if (path !== '' || query !== '') return { ok: false, reason: 'a cluster URL takes no path or options' };
    return { ok: true, target: { mode: 'cluster', nodes, tls, ...credentials } };
  }
  const unknown = [...params.keys()].filter((name) => name !== 'sentinelPassword');
  if (unknown.length > 0) return { ok: false, reason: `unknown option ${unknown.join(', ')}` };
  const master = parseSentinelPath(path);
  if (typeof master === 'string') return { ok: false, reason: master };
  const sentinelPassword = params.get('sentinelPassword');
  const target = { mode: 'sentinel' as const, sentinels: nodes, ...master, tls, ...credentials };
  return { ok: true, target: sentinelPassword ? { ...target, sentinelPassword } : target };
}

export function parseRedisUrl(url: string): Parsed {
  const multi = parseMultiHost(url);
  if (multi) return multi;
  if (!/^rediss?:\/\//.test(url) || !URL.canParse(url)) {
    return {
      ok: false,
      reason: 'expected redis://, rediss://, redis+cluster:// or redis+sentinel:// (see .env.example)',
    };
  }
  return { ok: true, target: { mode: 'standalone', url } };
}

/**
 * REDIS_URL: empty = unset (in-process state); otherwise one of the forms above. Errors never
 * echo the URL (it may hold a password).
 */
export const redisUrlSchema = z
  .string()
  .trim()
  .transform((value, ctx): RedisConnectionTarget | null => {
    if (value === '') return null;
    const parsed = parseRedisUrl(value);
    if (parsed.ok) return parsed.target;
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  });
