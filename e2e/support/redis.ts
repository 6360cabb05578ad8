import { connect } from 'node:net';

const command = (...parts: string[]) =>
  `*${parts.length}\r\n${parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join('')}`;

/**
 * Empties the run's Redis database (`redis://[:password@]host:port/<db>`), so rate limits and
 * sessions of earlier runs (sign-ups per address, say) do not carry over. Plain RESP over a
 * socket: the journeys need no Redis client for one command.
 */
export function flushRedisDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const database = parsed.pathname.slice(1) || '0';
  const commands = [
    ...(parsed.password
      ? [
          parsed.username
            ? command('AUTH', decodeURIComponent(parsed.username), decodeURIComponent(parsed.password))
            : command('AUTH', decodeURIComponent(parsed.password)),
        ]
      : []),
    command('SELECT', database),
    command('FLUSHDB'),
  ];
  return new Promise((resolve, reject) => {
    const socket = connect({ host: parsed.hostname, port: Number(parsed.port || 6379) });
    let replies = '';
    const fail = (message: string) => {
      socket.destroy();
      reject(new Error(`Redis at ${parsed.host} (TEST_REDIS_URL): ${message}`));
    };
    socket.setTimeout(5_000, () => fail('no answer within 5 s'));
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => socket.write(commands.join('')));
    socket.on('data', (chunk) => {
      replies += chunk.toString('utf8');
      const lines = replies.split('\r\n').filter(Boolean);
      const error = lines.find((line) => line.startsWith('-'));
      if (error) return fail(error.slice(1));
      if (lines.length >= commands.length) {
        socket.end();
        resolve();
      }
    });
  });
}
