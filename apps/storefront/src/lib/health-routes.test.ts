import { describe, expect, it } from 'vitest';
import { GET as healthz } from '@/app/healthz/route';
import { GET as readyz } from '@/app/readyz/route';

// deploy/k8s probes these paths; a 404 would keep every storefront pod out of service.
describe('probe routes', () => {
  it.each([
    ['/healthz', healthz, 'ok'],
    ['/readyz', readyz, 'ready'],
  ])('%s answers 200, never cached', async (_, get, body) => {
    const response = get();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(body);
  });
});
