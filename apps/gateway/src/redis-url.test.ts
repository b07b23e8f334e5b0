import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { parseRedisUrl } from './redis-url.js';

const target = (url: string) => {
  const parsed = parseRedisUrl(url);
  return parsed.ok ? parsed.target : parsed.reason;
};

describe('REDIS_URL forms', () => {
  it('passes one server (plain or TLS) to ioredis as the URL it is', () => {
    expect(target('redis://:secret@redis:6379/2')).toEqual({ mode: 'standalone', url: 'redis://:secret@redis:6379/2' });
    expect(target('rediss://cache.example.com')).toEqual({ mode: 'standalone', url: 'rediss://cache.example.com' });
  });

  it('reads a cluster as seed nodes, credentials and TLS', () => {
    expect(target('redis+cluster://h1:7000,h2:7001,10.0.0.3')).toEqual({
      mode: 'cluster',
      nodes: [
        { host: 'h1', port: 7000 },
        { host: 'h2', port: 7001 },
        { host: '10.0.0.3', port: 6379 },
      ],
      tls: false,
    });
    expect(target('rediss+cluster://app:p%40ss@[::1]:7000')).toEqual({
      mode: 'cluster',
      nodes: [{ host: '::1', port: 7000 }],
      tls: true,
      username: 'app',
      password: 'p@ss',
    });
  });

  it('reads sentinels, the master name, the database and the sentinel password', () => {
    expect(target('redis+sentinel://s1:26379,s2/mymaster')).toEqual({
      mode: 'sentinel',
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26379 },
      ],
      masterName: 'mymaster',
      db: 0,
      tls: false,
    });
    expect(target('redis+sentinel://:data-pw@s1:26380/cache/3?sentinelPassword=watch-pw')).toMatchObject({
      sentinels: [{ host: 's1', port: 26380 }],
      masterName: 'cache',
      db: 3,
      password: 'data-pw',
      sentinelPassword: 'watch-pw',
    });
  });

  it('refuses what it cannot connect to, saying why', () => {
    expect(target('redis+sentinel://s1:26379')).toMatch(/master name/);
    expect(target('redis+sentinel://s1:26379/m?db=2')).toMatch(/unknown option db/);
    expect(target('redis+cluster://h1:7000/0')).toMatch(/no path/);
    expect(target('redis+cluster://h1:99999')).toMatch(/"h1:99999" is not host:port/);
    expect(target('http://redis:6379')).toMatch(/expected redis:\/\//);
  });

  it('names REDIS_URL without echoing a password in the error', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis+sentinel://:hunter2@s1' })).toThrow(/REDIS_URL: expected the master/);
    expect(() => loadConfig({ REDIS_URL: 'redis+sentinel://:hunter2@s1' })).not.toThrow(/hunter2/);
  });
});
