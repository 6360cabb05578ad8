import { createHash } from 'node:crypto';
import { LuaFactory, type LuaEngine } from 'wasmoon';
import { RedisReplyError } from './backend.js';
import { LUA_PRELUDE } from './lua-prelude.js';
import { parseSafeInteger, Status, type CommandTable, type Reply } from './memory-commands.js';

type Flat = Array<string | number>;

interface LuaApi {
  compile(sha: string, body: string): string;
  run(sha: string, keys: string[], argv: string[], limitSeconds: number): unknown;
  exists(sha: string): boolean;
}

// Flags Redis 7 accepts in a `#!lua flags=…` line, plus Upstash's own `allow-key-locking`
// (set by @upstash/ratelimit), which only affects locking and means nothing in one process.
const KNOWN_FLAGS = new Set([
  'no-writes',
  'allow-oom',
  'allow-stale',
  'no-cluster',
  'allow-cross-slot-keys',
  'allow-key-locking',
]);
const SCRIPT_LIMIT_SECONDS = 5;
// One factory for the process: it compiles the WebAssembly module once for every engine.
let factory: LuaFactory | null = null;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

function flattenReply(reply: Reply, out: Flat = []): Flat {
  if (reply === null) out.push('n', 0);
  else if (typeof reply === 'string') out.push('s', reply);
  else if (typeof reply === 'number') out.push('i', reply);
  else if (reply instanceof Status) out.push('o', reply.text);
  else {
    out.push('a', reply.length);
    for (const item of reply) flattenReply(item, out);
  }
  return out;
}

// wasmoon hands back a sequential Lua table as an array, anything else as an object.
function asList(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  const table = (raw ?? {}) as Record<string, unknown>;
  return Object.keys(table)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => table[key]);
}

/** Rebuilds a script's result; an error at the top is thrown, a nested one becomes its text. */
function unflatten(flat: unknown[], at = { i: 0 }, top = true): Reply {
  const tag = flat[at.i];
  const value = flat[at.i + 1];
  at.i += 2;
  if (tag === 's') return String(value);
  if (tag === 'i') return Number.isFinite(value) ? Math.trunc(Number(value)) : 0;
  if (tag === 'o') return new Status(String(value));
  if (tag === 'e' && top) throw new RedisReplyError(String(value));
  if (tag === 'e') return String(value);
  if (tag === 'a') return Array.from({ length: Number(value) }, () => unflatten(flat, at, false));
  return null;
}

/** The Lua body Redis would compile: the shebang line checked, then blanked (line numbers stay). */
function scriptBody(script: string): string {
  if (!script.startsWith('#!')) return script;
  const end = script.indexOf('\n');
  const shebang = end === -1 ? script : script.slice(0, end);
  const [engine, ...parts] = shebang.slice(2).trim().split(/\s+/);
  if (engine !== 'lua') throw new RedisReplyError(`ERR Could not find engine '${engine ?? ''}'`);
  for (const part of parts) {
    const flags = part.startsWith('flags=') ? part.slice('flags='.length).split(',').filter(Boolean) : null;
    if (!flags) throw new RedisReplyError(`ERR Unknown lua shebang option: ${part}`);
    for (const flag of flags)
      if (!KNOWN_FLAGS.has(flag)) throw new RedisReplyError(`ERR Unexpected flag in script shebang: ${flag}`);
  }
  return end === -1 ? '' : script.slice(end);
}

export interface Scripting {
  commands: CommandTable;
  /** Loads Lua on first need (the engine is async to create; the commands then run synchronously). */
  ready(): Promise<void>;
  close(): void;
}

/** EVAL, EVALSHA, their _RO forms and SCRIPT, on one Lua engine whose redis.call runs `execute`. */
export function createScripting(execute: (command: string[]) => Reply): Scripting {
  let engine: LuaEngine | null = null;
  let lua: LuaApi | null = null;
  let loading: Promise<void> | null = null;

  const api = (): LuaApi => {
    if (!lua) throw new RedisReplyError('ERR scripting is not ready');
    return lua;
  };

  function callFromLua(...args: unknown[]): Flat {
    if (args.length === 0) return ['e', 'ERR Please specify at least one argument for this redis lib call'];
    if (!args.every((arg) => typeof arg === 'string' || typeof arg === 'number')) {
      return ['e', 'ERR Lua redis lib command arguments must be strings or integers'];
    }
    try {
      return flattenReply(execute(args.map(String)));
    } catch (error) {
      return ['e', error instanceof Error ? error.message : String(error)];
    }
  }

  function load(script: string): string {
    const sha = sha1(script);
    if (api().exists(sha)) return sha;
    const problem = api().compile(sha, scriptBody(script));
    if (problem) throw new RedisReplyError(`ERR Error compiling script (new function): ${problem}`);
    return sha;
  }

  function run(sha: string, [count, ...rest]: string[]): Reply {
    const keyCount = parseSafeInteger(count!);
    if (keyCount < 0) throw new RedisReplyError("ERR Number of keys can't be negative");
    if (keyCount > rest.length) throw new RedisReplyError("ERR Number of keys can't be greater than number of args");
    const raw = api().run(sha, rest.slice(0, keyCount), rest.slice(keyCount), SCRIPT_LIMIT_SECONDS);
    return unflatten(asList(raw));
  }

  const evalScript = {
    arity: -2,
    noScript: true,
    run: (_db: unknown, [script, ...rest]: string[]) => run(load(script!), rest),
  };
  const evalSha = {
    arity: -2,
    noScript: true,
    run: (_db: unknown, [sha, ...rest]: string[]) => run(sha!.toLowerCase(), rest),
  };

  const commands: CommandTable = {
    eval: evalScript,
    eval_ro: evalScript,
    evalsha: evalSha,
    evalsha_ro: evalSha,
    script: {
      arity: -1,
      noScript: true,
      run: (_db, [sub, ...args]) => {
        const name = sub!.toUpperCase();
        if (name === 'LOAD' && args.length === 1) return load(args[0]!);
        if (name === 'EXISTS' && args.length > 0) return args.map((sha) => (api().exists(sha.toLowerCase()) ? 1 : 0));
        throw new RedisReplyError(`ERR unknown subcommand or wrong number of arguments for '${sub}'. Try SCRIPT HELP.`);
      },
    },
  };

  return {
    commands,
    ready() {
      loading ??= (async () => {
        factory ??= new LuaFactory();
        const created = await factory.createEngine({ enableProxy: false, injectObjects: false });
        created.global.set('__redis_exec', callFromLua);
        created.global.set('__redis_sha1hex', (text: unknown) => sha1(String(text)));
        lua = created.doStringSync(LUA_PRELUDE) as LuaApi;
        engine = created;
      })().catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return loading;
    },
    close() {
      engine?.global.close();
      engine = null;
      lua = null;
    },
  };
}
