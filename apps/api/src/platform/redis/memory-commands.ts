import { RedisReplyError } from './backend.js';
import type { Keyspace } from './memory-keyspace.js';

/** A status reply ("OK", "PONG", a TYPE name): a string on the wire, `{ok=…}` inside Lua. */
export class Status {
  constructor(readonly text: string) {}
}

export const OK = new Status('OK');

/** A reply inside the memory backend; Status is kept apart only for Lua's sake. */
export type Reply = string | number | null | Status | Reply[];

export interface CommandSpec {
  /** Arguments after the name: exactly n, at least -n when negative, or [min, max]. */
  arity: number | readonly [min: number, max: number];
  run(db: Keyspace, args: string[]): Reply;
  /** Refused inside a Lua script, as Redis refuses scripting commands there. */
  noScript?: boolean;
}

export type CommandTable = Record<string, CommandSpec>;

const INTEGER = /^-?(0|[1-9]\d*)$/;
const MAX_INT64 = 2n ** 63n - 1n;
const MIN_INT64 = -(2n ** 63n);
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?inf(inity)?$/i;

export const syntaxError = () => new RedisReplyError('ERR syntax error');

/** A 64-bit integer argument, rejected with Redis's wording outside that range. */
export function parseInteger(text: string, message = 'ERR value is not an integer or out of range'): bigint {
  if (!INTEGER.test(text)) throw new RedisReplyError(message);
  const value = BigInt(text);
  if (value > MAX_INT64 || value < MIN_INT64) throw new RedisReplyError(message);
  return value;
}

/** An integer argument that is also a safe JS number (counts, seconds, cursors). */
export function parseSafeInteger(text: string): number {
  const value = Number(parseInteger(text));
  if (!Number.isSafeInteger(value)) throw new RedisReplyError('ERR value is not an integer or out of range');
  return value;
}

export function parseFloatArgument(text: string, message = 'ERR value is not a valid float'): number {
  if (!FLOAT.test(text)) throw new RedisReplyError(message);
  const value = /inf/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text);
  if (Number.isNaN(value)) throw new RedisReplyError(message);
  return value;
}

export function addIntegers(current: bigint, increment: bigint): bigint {
  const result = current + increment;
  if (result > MAX_INT64 || result < MIN_INT64) throw new RedisReplyError('ERR increment or decrement would overflow');
  return result;
}

/**
 * Redis adds floats in long double and prints them with trailing zeros trimmed, so 0.1 + 0.2
 * is "0.3" there; 16 significant digits in double gets the same text for everyday values.
 */
export function formatFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RedisReplyError('ERR increment would produce NaN or Infinity');
  return String(Number(value.toPrecision(16)));
}

/** Unix milliseconds for an EX/PX/EXAT/PXAT option, or Redis's "invalid expire time" error. */
export function expiryTime(unit: string, amount: string, now: number, command: string): number {
  const value = parseSafeInteger(amount);
  const invalid = new RedisReplyError(`ERR invalid expire time in '${command}' command`);
  if (value <= 0) throw invalid;
  const at = { EX: now + value * 1000, PX: now + value, EXAT: value * 1000, PXAT: value }[unit];
  if (at === undefined) throw syntaxError();
  if (!Number.isSafeInteger(at)) throw invalid;
  return at;
}

export function countOf(flags: boolean[]): number {
  return flags.filter(Boolean).length;
}
