import { Redis as IORedis } from 'ioredis';
import { log } from '../log.js';
import { RedisReplyError, type RedisBackend, type RedisOutcome, type RedisReply } from './backend.js';
import { createScriptTranslator } from './script-flags.js';

// One connection serves every request, so nothing may change its state or block it. Upstash
// refuses these too; transactions go through /multi-exec instead of MULTI/EXEC.
const REFUSED = new Set([
  'select', 'auth', 'hello', 'client', 'quit', 'reset', 'monitor', 'sync', 'psync',
  'subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe', 'sunsubscribe',
  'multi', 'exec', 'discard', 'watch', 'unwatch',
  'blpop', 'brpop', 'brpoplpush', 'blmove', 'blmpop', 'bzpopmin', 'bzpopmax', 'bzmpop', 'wait', 'waitaof',
]);

function refusal(command: string[]): RedisReplyError | null {
  const name = command[0]?.toLowerCase() ?? '';
  const blockingRead = (name === 'xread' || name === 'xreadgroup') && command.some((arg) => arg.toUpperCase() === 'BLOCK');
  return REFUSED.has(name) || blockingRead ? new RedisReplyError(`ERR Command is not available: '${name}'`) : null;
}

/** ioredis's reply as plain JSON; a nested error (inside EXEC or a script's table) becomes its text. */
function toReply(value: unknown): RedisReply {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (Array.isArray(value)) return value.map(toReply);
  if (value instanceof Error) return value.message;
  return String(value);
}

function toOutcome(error: Error | null, value: unknown): RedisOutcome {
  return error ? { error: error.message } : { result: toReply(value) };
}

function withoutPassword(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (parsed?.password) parsed.password = '***';
  return parsed?.toString() ?? 'the configured URL';
}

const isReplyError = (error: unknown): error is Error => error instanceof Error && error.name === 'ReplyError';

/**
 * A real Redis behind the bridge, through one ioredis connection (ioredis pipelines concurrent
 * commands on it). Command names go upper-case on purpose: ioredis reshapes some replies by
 * lower-case name (HGETALL into an object, losing field order), and the bridge wants them raw.
 */
export async function createIoredisBackend(url: string): Promise<RedisBackend> {
  const client = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  let lastError = '';
  client.on('error', (error: Error) => {
    if (error.message !== lastError) log.warn('redis connection error', { error: error.message });
    lastError = error.message;
  });
  client.on('ready', () => (lastError = ''));
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new Error(`Could not connect to Redis at ${withoutPassword(url)}: ${lastError || String(error)}`, { cause: error });
  }
  const scripts = createScriptTranslator();
  const send = (command: string[]) => scripts.command(command);
  const name = (command: string[]) => (command[0] ?? '').toUpperCase();

  return {
    async run(command) {
      const refused = refusal(command);
      if (refused) throw refused;
      const sent = send(command);
      try {
        return toReply(scripts.reply(command, await client.call(name(sent), sent.slice(1))));
      } catch (error) {
        throw isReplyError(error) ? new RedisReplyError(error.message) : error;
      }
    },
    async pipeline(commands) {
      const sent = commands.map((command) => (refusal(command) ? null : send(command)));
      const batch = client.pipeline();
      for (const command of sent) if (command) batch.call(name(command), ...command.slice(1));
      const results = sent.some(Boolean) ? ((await batch.exec()) ?? []) : [];
      let next = 0;
      return commands.map((command, i) => {
        if (!sent[i]) return { error: refusal(command)?.message ?? 'ERR refused' };
        const [error, value] = results[next++] ?? [new Error('ERR no reply'), null];
        return toOutcome(error, scripts.reply(command, value));
      });
    },
    async transaction(commands) {
      const refused = commands.map(refusal).find(Boolean);
      if (refused) throw refused;
      const batch = client.multi();
      for (const command of commands.map(send)) batch.call(name(command), ...command.slice(1));
      try {
        const results = await batch.exec();
        if (!results) throw new RedisReplyError('EXECABORT Transaction discarded because of previous errors.');
        return results.map(([error, value], i) => toOutcome(error, scripts.reply(commands[i]!, value)));
      } catch (error) {
        throw isReplyError(error) ? new RedisReplyError(error.message) : error;
      }
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
