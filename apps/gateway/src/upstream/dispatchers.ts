import { Agent, type Dispatcher, ProxyAgent, Socks5ProxyAgent } from 'undici';
import type { Provider } from '@cch/core';

/**
 * One keep-alive connection pool per provider (and per proxy route), rebuilt when the
 * provider's connection settings change.
 */
export class DispatcherPool {
  private readonly pools = new Map<string, { signature: string; dispatcher: Dispatcher }>();

  get(provider: Provider, route: 'configured' | 'direct'): Dispatcher {
    const useProxy = route === 'configured' && provider.proxyUrl !== null;
    const signature = `${useProxy ? provider.proxyUrl : 'direct'}|${provider.timeouts.connectMs}`;
    const cacheKey = `${provider.id}|${useProxy ? 'proxy' : 'direct'}`;
    const existing = this.pools.get(cacheKey);
    if (existing?.signature === signature) return existing.dispatcher;
    if (existing) void existing.dispatcher.close().catch(() => undefined);
    const dispatcher = createDispatcher(useProxy ? provider.proxyUrl : null, provider.timeouts.connectMs);
    this.pools.set(cacheKey, { signature, dispatcher });
    return dispatcher;
  }

  async close(): Promise<void> {
    const all = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(all.map(({ dispatcher }) => dispatcher.close().catch(() => undefined)));
  }
}

function createDispatcher(proxyUrl: string | null, connectTimeoutMs: number): Dispatcher {
  const keepAlive = { keepAliveTimeout: 30_000, keepAliveMaxTimeout: 300_000 };
  if (proxyUrl === null) return new Agent({ ...keepAlive, connect: { timeout: connectTimeoutMs } });
  if (proxyUrl.startsWith('socks5://'))
    return new Socks5ProxyAgent(proxyUrl, { ...keepAlive, connectTimeout: connectTimeoutMs });
  return new ProxyAgent({ uri: proxyUrl, ...keepAlive, connect: { timeout: connectTimeoutMs } });
}
