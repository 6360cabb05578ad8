/**
 * A Redis reply as plain JSON, the shape the Upstash REST protocol carries: bulk and status
 * strings are both strings, integers are numbers, nil is null.
 */
export type RedisReply = string | number | null | RedisReply[];

/** One command's outcome inside a pipeline or transaction, as Upstash reports it. */
export type RedisOutcome = { result: RedisReply } | { error: string };

/** An error reply from Redis; `message` is the full Redis text ("ERR …", "WRONGTYPE …"). */
export class RedisReplyError extends Error {
  override name = 'RedisReplyError';
}

/**
 * What the bridge serves from: the in-memory store or a real Redis. A command is its name then
 * its arguments, all strings.
 */
export interface RedisBackend {
  /** Runs one command; rejects with RedisReplyError for an error reply. */
  run(command: string[]): Promise<RedisReply>;
  /** Runs commands in order, not atomically; one failing does not stop the others. */
  pipeline(commands: string[][]): Promise<RedisOutcome[]>;
  /**
   * Runs commands atomically (MULTI/EXEC). A command Redis refuses to queue aborts all of them
   * (RedisReplyError "EXECABORT …"); a command failing at run time fails alone, as in Redis.
   */
  transaction(commands: string[][]): Promise<RedisOutcome[]>;
  close(): Promise<void>;
}

export function wrongArgs(name: string): RedisReplyError {
  return new RedisReplyError(`ERR wrong number of arguments for '${name.toLowerCase()}' command`);
}
