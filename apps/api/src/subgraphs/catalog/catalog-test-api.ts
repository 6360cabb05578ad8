import { sql, type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import { graphql, type TestStack } from '../../test/stack.js';

// Helpers for the catalog's integration tests, which run through the gateway against the seeded
// demo catalog. Every expected value comes from SQL on the tables (or from a second API call),
// never from a previous run's output.

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface FilterValue {
  id: string;
  label: string;
  count: number;
  input: Record<string, unknown>;
}
export interface Filter {
  id: string;
  label: string;
  type: string;
  values: FilterValue[];
}
export interface ProductNode {
  id: string;
  title: string;
  vendor: string;
  productType: string;
  tags: string[];
}
export interface ProductPage {
  totalCount: number;
  nodes: ProductNode[];
  edges: Array<{ cursor: string }>;
  pageInfo: PageInfo;
  filters: Filter[];
}

export const gid = (type: string, id: number) => `gid://shop/${type}/${id}`;
export const idOf = (globalId: string) => Number(globalId.split('/').pop());

/** SQL and GraphQL helpers bound to a test stack; each reads the stack when called. */
export function createCatalogTestApi(api: TestStack) {
  async function select<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
    return [...(await api.stack.database.db.execute<T>(query))] as T[];
  }

  async function count(query: SQL): Promise<number> {
    const [row] = await select<{ count: number }>(sql`select count(*)::int as count from (${query}) as counted`);
    return row!.count;
  }

  /** Runs an operation that must succeed without errors. */
  async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await graphql<T>(api.gateway, document, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data!;
  }

  /** Runs an operation that must fail as a client error; returns the error codes. */
  async function errorCodes(document: string, variables: Record<string, unknown> = {}): Promise<unknown[]> {
    const response = await graphql(api.gateway, document, variables);
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.length, `expected errors for ${document} ${JSON.stringify(variables)}`).toBeGreaterThan(0);
    return response.errors!.map((error) => error.extensions?.code);
  }

  return { select, count, query, errorCodes };
}

// A product is available when one of its variants is untracked or has a unit on hand that no
// checkout holds, summed over every location: inventory's rule, computed from its own tables.
export const availableSql = (productId: SQL) => sql`exists (
  select 1 from inventory.items i
  where i.product_id = ${productId}
    and (not i.tracked or (select coalesce(sum(l.on_hand - l.reserved), 0) from inventory.levels l where l.variant_id = i.variant_id) > 0))`;

export const hasVariant = (productId: SQL, condition: SQL) =>
  sql`exists (select 1 from catalog.variants v where v.product_id = ${productId} and ${condition})`;
