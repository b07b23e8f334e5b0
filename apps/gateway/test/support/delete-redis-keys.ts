import { connect, type Socket } from 'node:net';

/** RESP replies this helper needs: arrays of bulk strings, integers, errors. */
type Reply = string | number | null | Reply[];

function encode(args: readonly string[]): string {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
}

/** Parses one reply at `offset`; null when the buffer does not hold all of it yet. */
function parse(buffer: string, offset: number): { value: Reply; end: number } | null {
  const lineEnd = buffer.indexOf('\r\n', offset);
  if (lineEnd < 0) return null;
  const type = buffer[offset];
  const line = buffer.slice(offset + 1, lineEnd);
  if (type === '+' || type === ':') return { value: type === ':' ? Number(line) : line, end: lineEnd + 2 };
  if (type === '-') throw new Error(`redis: ${line}`);
  if (type === '$') {
    const length = Number(line);
    if (length < 0) return { value: null, end: lineEnd + 2 };
    if (buffer.length < lineEnd + 2 + length + 2) return null;
    return { value: buffer.slice(lineEnd + 2, lineEnd + 2 + length), end: lineEnd + 2 + length + 2 };
  }
  const items: Reply[] = [];
  let end = lineEnd + 2;
  for (let i = 0; i < Number(line); i++) {
    const item = parse(buffer, end);
    if (!item) return null;
    items.push(item.value);
    end = item.end;
  }
  return { value: items, end };
}

function command(socket: Socket, args: readonly string[]): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      try {
        const reply = parse(buffer, 0);
        if (!reply) return;
        socket.off('data', onData);
        resolve(reply.value);
      } catch (error) {
        socket.off('data', onData);
        reject(error);
      }
    };
    socket.on('data', onData);
    socket.write(encode(args));
  });
}

/**
 * Deletes every key under `prefix` (a test run's own namespace). A few lines of RESP over a
 * socket, because the gateway does not depend on a Redis client of its own (keys are ASCII).
 */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const url = new URL(redisUrl);
  const socket = connect(Number(url.port || 6379), url.hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  try {
    let cursor = '0';
    do {
      const reply = await command(socket, ['SCAN', cursor, 'MATCH', `${prefix}*`, 'COUNT', '500']);
      const [next, keys] = Array.isArray(reply) ? reply : [];
      const names = Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
      if (names.length > 0) await command(socket, ['DEL', ...names]);
      cursor = typeof next === 'string' ? next : '0';
    } while (cursor !== '0');
  } finally {
    socket.destroy();
  }
}
