import { userInputError } from './errors.js';

// Global IDs look like `gid://shop/Product/42`. Clients treat them as opaque strings.
const PATTERN = /^gid:\/\/shop\/([A-Za-z]+)\/([1-9][0-9]{0,17})$/;

export function toGlobalId(type: string, id: number | string): string {
  return `gid://shop/${type}/${id}`;
}

export interface ParsedGlobalId {
  type: string;
  id: number;
}

/** Parses a global ID; a malformed one is a BAD_USER_INPUT error naming the argument. */
export function parseGlobalId(value: string, argument = 'id'): ParsedGlobalId {
  const match = PATTERN.exec(value);
  const id = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(id)) {
    throw userInputError(`Invalid global id "${value.slice(0, 100)}": expected gid://shop/<Type>/<number>.`, argument);
  }
  return { type: match[1]!, id };
}

/** The numeric id when `value` is a global ID of `type`, otherwise null (a foreign type looks missing). */
export function idOfType(value: string, type: string, argument = 'id'): number | null {
  const parsed = parseGlobalId(value, argument);
  return parsed.type === type ? parsed.id : null;
}
