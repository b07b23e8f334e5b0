import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('fills embedded defaults from an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 23000,
      DATA_DIR: './data',
      DATABASE_URL: null,
      REDIS_URL: null,
      SESSION_TTL: 300,
      ENABLE_SECURE_COOKIES: true,
      HEAP_GROWTH_PERCENT: 60,
    });
    expect(loadConfig({ HEAP_GROWTH_PERCENT: '0' }).HEAP_GROWTH_PERCENT).toBe(0);
  });

  it('names the variable and what it expects', () => {
    const attempt = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        return error instanceof ConfigError ? error.message : 'other error';
      }
      return 'no error';
    };
    expect(attempt({ PORT: 'abc' })).toMatch(/PORT: expected a port number/);
    expect(attempt({ DATABASE_URL: 'mysql://x' })).toMatch(/DATABASE_URL: expected a URL starting with postgres:\/\//);
    expect(attempt({ TZ: 'Mars/Olympus' })).toMatch(/TZ: expected an IANA time zone/);
    expect(attempt({ ENABLE_SECURE_COOKIES: 'maybe' })).toMatch(/ENABLE_SECURE_COOKIES: expected true or false/);
    expect(attempt({ ADMIN_TOKEN: 'short' })).toMatch(/ADMIN_TOKEN: expected at least 16 characters/);
    expect(attempt({ LOG_LEVEL: 'loud' })).toMatch(/LOG_LEVEL/);
    expect(attempt({ REDIS_URL: 'memcached://x' })).toMatch(/REDIS_URL: expected redis:\/\/, rediss:\/\//);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '', PORT: '' })).toMatchObject({
      DATABASE_URL: null,
      REDIS_URL: null,
      PORT: 23000,
    });
  });

  it('accepts real URLs', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/cch', REDIS_URL: 'redis://redis:6379' });
    expect(config.DATABASE_URL).toBe('postgres://u@db:5432/cch');
    expect(config.REDIS_URL).toEqual({ mode: 'standalone', url: 'redis://redis:6379' });
  });
});
