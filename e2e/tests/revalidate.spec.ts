import { expect, test } from '@playwright/test';
import { numericId, productForSlot } from '../support/catalog.js';
import { revalidateSecret } from '../support/stack-env.js';

const auth = () => ({ authorization: `Bearer ${revalidateSecret()}` });

test('POST /api/revalidate refuses a missing or wrong token', async ({ request }) => {
  const body = { tags: ['product:1'] };
  expect((await request.post('/api/revalidate', { data: body })).status()).toBe(401);
  expect(
    (await request.post('/api/revalidate', { data: body, headers: { authorization: 'Bearer wrong' } })).status(),
  ).toBe(401);
  const sameLength = 'x'.repeat(revalidateSecret().length);
  expect(
    (
      await request.post('/api/revalidate', { data: body, headers: { authorization: `Bearer ${sameLength}` } })
    ).status(),
  ).toBe(401);
  expect(
    (await request.post('/api/revalidate', { data: body, headers: { authorization: revalidateSecret() } })).status(),
  ).toBe(401);
});

test('POST /api/revalidate answers 400 to a body that is not a list of tags', async ({ request }) => {
  const headers = { ...auth(), 'content-type': 'application/json' };
  for (const data of ['not json', '{}', '{"tags":[]}', '{"tags":["not a tag"]}', '{"tags":"product:1"}']) {
    const response = await request.post('/api/revalidate', { headers, data });
    expect(response.status(), `body ${data}`).toBe(400);
  }
});

test('a revalidated product renders afresh on its next request; other pages stay cached', async ({ request }) => {
  const product = await productForSlot('revalidate');
  const bystander = await productForSlot('revalidateBystander');
  const path = `/products/${product.handle}`;
  await request.get(path);
  await request.get(`/products/${bystander.handle}`);
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');

  const tag = `product:${numericId(product.id)}`;
  const response = await request.post('/api/revalidate', { headers: auth(), data: { tags: [tag] } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ revalidated: [tag] });

  const next = await request.get(path);
  expect(next.status()).toBe(200);
  expect(next.headers()['x-nextjs-cache']).toBe('MISS');
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');
  expect((await request.get(`/products/${bystander.handle}`)).headers()['x-nextjs-cache']).toBe('HIT');
});
