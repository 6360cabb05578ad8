import type { RedisOutcome, RedisReply } from './backend.js';
import { BridgeRequestError } from './bridge-http.js';

const badRequest = (message: string) => new BridgeRequestError(400, `ERR ${message}`);

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw badRequest('request body is not valid JSON');
  }
}

// @upstash/redis sends numbers and booleans as JSON values (it serialises only objects), so
// they become their text here, as Redis would see them.
function toCommand(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw badRequest('a command is a non-empty JSON array');
  const command = value.map((arg) => {
    if (typeof arg === 'string') return arg;
    if ((typeof arg === 'number' && Number.isFinite(arg)) || typeof arg === 'boolean') return String(arg);
    throw badRequest('command arguments must be strings or numbers');
  });
  if (command[0] === '') throw badRequest('the command name is empty');
  return command;
}

/** POST / with `["SET","k","v"]`. */
export function parseCommand(body: string): string[] {
  return toCommand(parseJson(body));
}

/** POST /pipeline and /multi-exec with `[["SET","k","v"],["GET","k"]]`. */
export function parseCommands(body: string): string[][] {
  const value = parseJson(body);
  if (!Array.isArray(value) || value.length === 0) throw badRequest('a pipeline is a non-empty JSON array of commands');
  return value.map(toCommand);
}

/**
 * Upstash's URL form, handy with curl: `/set/k/v`; a POST body, when present, is the last
 * argument (so values need no URL escaping).
 */
export function parsePathCommand(pathname: string, body: string): string[] {
  let command: string[];
  try {
    command = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    throw badRequest('the URL path is not valid percent-encoding');
  }
  if (body !== '') command.push(body);
  return toCommand(command);
}

/**
 * With `Upstash-Encoding: base64` (which @upstash/redis sends by default) every string in a
 * result, nested ones included, goes out as base64 of its UTF-8 bytes; the client decodes each
 * string it finds and leaves numbers and null alone. Error texts stay plain.
 */
export function encodeReply(reply: RedisReply, base64: boolean): RedisReply {
  if (!base64) return reply;
  if (typeof reply === 'string') return Buffer.from(reply, 'utf8').toString('base64');
  return Array.isArray(reply) ? reply.map((item) => encodeReply(item, true)) : reply;
}

export function encodeOutcomes(outcomes: RedisOutcome[], base64: boolean): RedisOutcome[] {
  return outcomes.map((outcome) => ('result' in outcome ? { result: encodeReply(outcome.result, base64) } : outcome));
}
