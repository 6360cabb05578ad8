import { Redis as IORedis } from 'ioredis';
import { log } from '../log.js';
import { RedisReplyError, type RedisBackend, type RedisOutcome, type RedisReply } from './backend.js';
import { createScriptTranslator } from './script-flags.js';

// Only data commands pass to the shared server: whoever holds the bridge token must not be able
// to administer it (FLUSHALL, CONFIG, SHUTDOWN, REPLICAOF, ACL, DEBUG), scan it whole (KEYS), or
// change or block the one connection every request shares (SELECT, MULTI, SUBSCRIBE, BLPOP).
// Transactions go through /multi-exec instead of MULTI/EXEC.
const ALLOWED = new Set([
  // strings
  'get',
  'set',
  'setex',
  'psetex',
  'setnx',
  'getdel',
  'getex',
  'getset',
  'mget',
  'mset',
  'msetnx',
  'append',
  'strlen',
  'incr',
  'incrby',
  'incrbyfloat',
  'decr',
  'decrby',
  'getrange',
  'setrange',
  // keys
  'del',
  'unlink',
  'exists',
  'expire',
  'pexpire',
  'expireat',
  'pexpireat',
  'expiretime',
  'pexpiretime',
  'ttl',
  'pttl',
  'persist',
  'type',
  'scan',
  'touch',
  'rename',
  'renamenx',
  'copy',
  // hashes, sets, sorted sets, lists (non-blocking)
  'hset',
  'hsetnx',
  'hget',
  'hmget',
  'hmset',
  'hgetall',
  'hdel',
  'hexists',
  'hincrby',
  'hincrbyfloat',
  'hkeys',
  'hvals',
  'hlen',
  'hscan',
  'hstrlen',
  'hrandfield',
  'sadd',
  'srem',
  'smembers',
  'sismember',
  'smismember',
  'scard',
  'spop',
  'srandmember',
  'sscan',
  'sinter',
  'sunion',
  'sdiff',
  'sintercard',
  'zadd',
  'zrem',
  'zcard',
  'zcount',
  'zscore',
  'zmscore',
  'zincrby',
  'zrange',
  'zrangebyscore',
  'zrevrange',
  'zrevrangebyscore',
  'zrank',
  'zrevrank',
  'zremrangebyscore',
  'zremrangebyrank',
  'zpopmin',
  'zpopmax',
  'zscan',
  'lpush',
  'rpush',
  'lpop',
  'rpop',
  'llen',
  'lrange',
  'lindex',
  'lset',
  'lrem',
  'ltrim',
  'lpos',
  'lmove',
  // scripting (SCRIPT only LOAD/EXISTS: FLUSH and KILL would disturb everyone)
  'eval',
  'evalsha',
  'eval_ro',
  'evalsha_ro',
  'script',
  'ping',
  'echo',
  'time',
]);
const SCRIPT_SUBCOMMANDS = new Set(['load', 'exists']);

function refusal(command: string[]): RedisReplyError | null {
  const name = command[0]?.toLowerCase() ?? '';
  const allowed = ALLOWED.has(name) && (name !== 'script' || SCRIPT_SUBCOMMANDS.has(command[1]?.toLowerCase() ?? ''));
  return allowed ? null : new RedisReplyError(`ERR Command is not available: '${name}'`);
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
    throw new Error(`Could not connect to Redis at ${withoutPassword(url)}: ${lastError || String(error)}`, {
      cause: error,
    });
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
      // Like Redis with a command it cannot queue: the whole transaction is discarded.
      const refused = commands.map(refusal).find(Boolean);
      if (refused)
        throw new RedisReplyError(`EXECABORT Transaction discarded because of previous errors: ${refused.message}`);
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
