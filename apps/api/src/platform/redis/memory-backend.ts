import { RedisReplyError, wrongArgs, type RedisBackend, type RedisOutcome, type RedisReply } from './backend.js';
import { Status, type CommandSpec, type CommandTable, type Reply } from './memory-commands.js';
import { hashCommands } from './memory-hashes.js';
import { Keyspace } from './memory-keyspace.js';
import { keyCommands } from './memory-keys.js';
import { createScripting } from './memory-scripting.js';
import { setCommands } from './memory-sets.js';
import { stringCommands } from './memory-strings.js';

const SCRIPT_COMMANDS = new Set(['eval', 'evalsha', 'eval_ro', 'evalsha_ro', 'script']);

function toJson(reply: Reply): RedisReply {
  if (reply instanceof Status) return reply.text;
  return Array.isArray(reply) ? reply.map(toJson) : reply;
}

function unknownCommand(name: string, args: string[]): RedisReplyError {
  const shown = args
    .slice(0, 5)
    .map((arg) => `'${arg.slice(0, 64)}' `)
    .join('');
  return new RedisReplyError(`ERR unknown command '${name}', with args beginning with: ${shown}`);
}

function acceptsCount(spec: CommandSpec, count: number): boolean {
  const { arity } = spec;
  if (typeof arity !== 'number') return count >= arity[0] && count <= arity[1];
  return arity >= 0 ? count === arity : count >= -arity;
}

/**
 * Redis for one process, in memory: strings, hashes and sets with expiry, and Lua scripts (see
 * memory-scripting.ts). Every command runs synchronously, so each command, transaction and
 * script is atomic, as on a real server. Nothing is shared with other processes. Only the
 * commands the project sends are here; ioredis-mock could not stand in (docs/adr/0010).
 */
export function createMemoryBackend(options: { now?: () => number; sweepEveryMs?: number } = {}): RedisBackend {
  const db = new Keyspace(options.now);
  const scripting = createScripting((command) => execute(command, true));
  const table: CommandTable = {
    ...stringCommands,
    ...hashCommands,
    ...setCommands,
    ...keyCommands,
    ...scripting.commands,
  };
  // Expired keys nobody reads again would otherwise stay in memory; unref'd so it never holds the process open.
  const sweeper = setInterval(() => db.sweep(), options.sweepEveryMs ?? 1000);
  sweeper.unref();

  function lookup(command: string[], fromScript = false): CommandSpec {
    const [name = '', ...args] = command;
    const lower = name.toLowerCase();
    const spec = Object.hasOwn(table, lower) ? table[lower] : undefined;
    if (!spec) throw unknownCommand(name, args);
    if (fromScript && spec.noScript) throw new RedisReplyError('ERR This Redis command is not allowed from script');
    if (!acceptsCount(spec, args.length)) throw wrongArgs(lower);
    return spec;
  }

  function execute(command: string[], fromScript = false): Reply {
    return lookup(command, fromScript).run(db, command.slice(1));
  }

  function outcome(command: string[]): RedisOutcome {
    try {
      return { result: toJson(execute(command)) };
    } catch (error) {
      if (error instanceof RedisReplyError) return { error: error.message };
      throw error;
    }
  }

  async function prepare(commands: string[][]): Promise<void> {
    if (commands.some((command) => SCRIPT_COMMANDS.has(command[0]?.toLowerCase() ?? ''))) await scripting.ready();
  }

  return {
    async run(command) {
      await prepare([command]);
      return toJson(execute(command));
    },
    async pipeline(commands) {
      await prepare(commands);
      return commands.map(outcome);
    },
    async transaction(commands) {
      await prepare(commands);
      // Redis refuses the whole transaction when a command cannot even be queued.
      try {
        for (const command of commands) lookup(command);
      } catch (error) {
        if (!(error instanceof RedisReplyError)) throw error;
        throw new RedisReplyError('EXECABORT Transaction discarded because of previous errors.');
      }
      return commands.map(outcome);
    },
    async close() {
      clearInterval(sweeper);
      scripting.close();
      db.clear();
    },
  };
}
