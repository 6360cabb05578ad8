import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageRequest, paginateList } from './pagination.js';

const isNumber = (value: unknown): value is number => typeof value === 'number';
const decode = (cursor: string, argument: string) => decodeCursor(cursor, argument, isNumber);

function codeOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return (error as GraphQLError).extensions?.code;
  }
  return 'no error';
}

describe('pageRequest', () => {
  it('defaults to the first 20 forward', () => {
    expect(pageRequest({}, decode)).toEqual({ size: 20, direction: 'forward', cursor: null });
  });

  it('reads last/before as a backward page', () => {
    expect(pageRequest({ last: 5, before: encodeCursor(7) }, decode)).toEqual({
      size: 5,
      direction: 'backward',
      cursor: 7,
    });
  });

  it.each([
    [{ first: -1 }],
    [{ first: 251 }],
    [{ first: 100000 }],
    [{ last: -3 }],
    [{ first: 1, last: 1 }],
    [{ first: 1, before: encodeCursor(1) }],
    [{ last: 1, after: encodeCursor(1) }],
    [{ first: 1, after: 'not-a-cursor' }],
    [{ first: 1, after: encodeCursor('a string') }],
    [{ first: 1, after: 'x'.repeat(10_000) }],
  ])('rejects %j with BAD_USER_INPUT', (args) => {
    expect(codeOf(() => pageRequest(args, decode))).toBe('BAD_USER_INPUT');
  });

  it('accepts the bounds 0 and 250', () => {
    expect(pageRequest({ first: 0 }, decode).size).toBe(0);
    expect(pageRequest({ first: 250 }, decode).size).toBe(250);
  });
});

describe('paginateList', () => {
  const items = Array.from({ length: 7 }, (_, i) => `item${i}`);

  it('walks forward page by page without gaps or overlaps', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: ReturnType<typeof paginateList<string>> = paginateList(items, { first: 3, after });
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(items);
  });

  it('walks backward from the end', () => {
    const last = paginateList(items, { last: 3 });
    expect(last.nodes).toEqual(['item4', 'item5', 'item6']);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const before = paginateList(items, { last: 3, before: last.pageInfo.startCursor });
    expect(before.nodes).toEqual(['item1', 'item2', 'item3']);
    const start = paginateList(items, { last: 3, before: before.pageInfo.startCursor });
    expect(start.nodes).toEqual(['item0']);
    expect(start.pageInfo.hasPreviousPage).toBe(false);
  });

  it('gives edges whose cursors resume after that edge', () => {
    const page = paginateList(items, { first: 4 });
    const resumed = paginateList(items, { first: 2, after: page.edges[1]!.cursor });
    expect(resumed.nodes).toEqual(['item2', 'item3']);
  });

  it('returns an empty page past the end', () => {
    const page = paginateList(items, { first: 5, after: encodeCursor({ i: 99 }) });
    expect(page.nodes).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });
});
