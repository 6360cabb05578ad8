import { userInputError } from './errors.js';

export const MAX_PAGE_SIZE = 250;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A validated page request: a size, a direction, and the decoded cursor to start from. */
export interface PageRequest<C> {
  size: number;
  /** forward = `first`/`after`; backward = `last`/`before` (results are still returned in list order). */
  direction: 'forward' | 'backward';
  cursor: C | null;
}

export function pageRequest<C>(args: PageArgs, decode: (cursor: string, argument: string) => C): PageRequest<C> {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw userInputError('Pass either `first` or `last`, not both.', 'first');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw userInputError(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}, got ${value}.`, name);
    }
  }
  if (last != null || (before != null && first == null)) {
    if (after != null) throw userInputError('`after` goes with `first`; use `before` with `last`.', 'after');
    return {
      size: last ?? DEFAULT_PAGE_SIZE,
      direction: 'backward',
      cursor: before != null ? decode(before, 'before') : null,
    };
  }
  if (before != null) throw userInputError('`before` goes with `last`; use `after` with `first`.', 'before');
  return {
    size: first ?? DEFAULT_PAGE_SIZE,
    direction: 'forward',
    cursor: after != null ? decode(after, 'after') : null,
  };
}

/** Cursors are base64url JSON: opaque to clients, cheap to check here. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, argument: string, isValid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    const text = cursor.length <= 512 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
    // A cursor is ours to read back into SQL: NUL (which PostgreSQL text cannot hold) marks a forgery.
    value = text
      ? JSON.parse(text, (_key, item: unknown) => {
          if (typeof item === 'string' && item.includes('\0')) throw new Error('NUL in cursor');
          return item;
        })
      : undefined;
  } catch {
    value = undefined;
  }
  if (!isValid(value)) throw userInputError(`Invalid cursor in \`${argument}\`.`, argument);
  return value;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
}

/**
 * Builds a connection from a page fetched with one extra row (`size + 1`), which tells whether
 * more rows exist beyond the page. `rows` are in fetch order: reversed list order when backward.
 */
export function toConnection<T>(rows: T[], request: PageRequest<unknown>, cursorOf: (row: T) => string): Connection<T> {
  const hasMore = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.direction === 'backward') page.reverse();
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  const forward = request.direction === 'forward';
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: forward ? hasMore : request.cursor != null,
      hasPreviousPage: forward ? request.cursor != null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const isOffsetCursor = (value: unknown): value is { i: number } =>
  typeof value === 'object' &&
  value !== null &&
  Number.isSafeInteger((value as { i: unknown }).i) &&
  (value as { i: number }).i >= 0;

/**
 * Pages through a list already in memory, such as a product's variants: child lists are small
 * and bounded, and load whole in one batched statement for every parent on the page.
 */
export function paginateList<T>(items: readonly T[], args: PageArgs): Connection<T> {
  const request = pageRequest(args, (cursor, argument) => decodeCursor(cursor, argument, isOffsetCursor).i);
  const indexed = items.map((node, i) => ({ node, i }));
  let rows: typeof indexed;
  if (request.direction === 'forward') {
    const start = request.cursor == null ? 0 : request.cursor + 1;
    rows = indexed.slice(start, start + request.size + 1);
  } else {
    const end = request.cursor == null ? items.length : Math.min(request.cursor, items.length);
    rows = indexed.slice(Math.max(0, end - request.size - 1), end).reverse();
  }
  const connection = toConnection(rows, request, (row) => encodeCursor({ i: row.i }));
  const nodes = connection.nodes.map((row) => row.node);
  return {
    nodes,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.node })),
    pageInfo: connection.pageInfo,
  };
}
