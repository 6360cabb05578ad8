import { describe, expect, it } from 'vitest';
import { metricsRegistry } from '../platform/http/metrics.js';
import { graphql, useTestStack } from '../test/stack.js';

async function errorsCounted(code: string): Promise<number> {
  const metric = metricsRegistry.getSingleMetric('graphql_errors_total');
  if (!metric) return 0;
  const { values } = await metric.get();
  return values.find((value) => value.labels.code === code)?.value ?? 0;
}

describe('graphql_errors_total', () => {
  const api = useTestStack();

  it('counts the errors of each response the gateway sends, by code', async () => {
    const before = await errorsCounted('GRAPHQL_VALIDATION_FAILED');
    const response = await graphql(api.gateway, '{ noSuchField }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await errorsCounted('GRAPHQL_VALIDATION_FAILED')).toBe(before + 1);
    // A response without errors adds nothing.
    const ok = await graphql(api.gateway, '{ __typename }');
    expect(ok.errors).toBeUndefined();
    expect(await errorsCounted('GRAPHQL_VALIDATION_FAILED')).toBe(before + 1);
  });
});
