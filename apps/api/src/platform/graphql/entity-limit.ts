/**
 * Most entity representations one subgraph call may carry. The gateway refuses operations
 * that could return more than MAX_COST (20,000) objects (gateway/query-cost), so a call with
 * more was not produced by a permitted plan: refused before any loader or statement runs.
 */
export const MAX_ENTITY_REPRESENTATIONS = 20_000;

/** Whether a parsed GraphQL request body asks for more entities than any permitted plan needs. */
export function exceedsEntityLimit(body: unknown): boolean {
  const variables = (body as { variables?: unknown } | null | undefined)?.variables;
  if (!variables || typeof variables !== 'object') return false;
  return Object.values(variables).some((value) => Array.isArray(value) && value.length > MAX_ENTITY_REPRESENTATIONS);
}
