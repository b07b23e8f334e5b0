import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PlatformRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The body exactly as received (signatures are checked over it). */
  raw: string;
  json: Record<string, unknown>;
}

export interface PlatformAnswer {
  status: number;
  body: string;
}

export interface ChatPlatform {
  url: string;
  requests: PlatformRequest[];
  /** Requests whose path starts with `prefix`. */
  to(prefix: string): PlatformRequest[];
  /** The next answers for paths starting with `prefix` (then the default answer again). */
  queue(prefix: string, ...answers: PlatformAnswer[]): void;
  close(): Promise<void>;
}

/** What each platform answers on success, by path prefix used in the tests. */
const SUCCESS: [string, PlatformAnswer][] = [
  ['/wecom', { status: 200, body: '{"errcode":0,"errmsg":"ok"}' }],
  ['/dingtalk', { status: 200, body: '{"errcode":0,"errmsg":"ok"}' }],
  ['/feishu', { status: 200, body: '{"code":0,"msg":"success","data":{}}' }],
  ['/bot', { status: 200, body: '{"ok":true,"result":{"message_id":1}}' }],
  ['/slack', { status: 200, body: 'ok' }],
];

/**
 * A loopback server playing WeCom, Feishu, DingTalk, Telegram, Slack and a generic webhook
 * receiver: records every request as received and answers like the platform (or as queued).
 */
export async function startChatPlatform(): Promise<ChatPlatform> {
  const requests: PlatformRequest[] = [];
  const queued = new Map<string, PlatformAnswer[]>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://platform');
      const raw = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        // recorded as is
      }
      requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers, raw, json });
      const prefix = [...queued.keys()].find((p) => url.pathname.startsWith(p) && (queued.get(p)?.length ?? 0) > 0);
      const answer = (prefix && queued.get(prefix)?.shift()) ||
        SUCCESS.find(([p]) => url.pathname.startsWith(p))?.[1] || { status: 204, body: '' };
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    to: (prefix) => requests.filter((r) => r.path.startsWith(prefix)),
    queue(prefix, ...answers) {
      queued.set(prefix, [...(queued.get(prefix) ?? []), ...answers]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
