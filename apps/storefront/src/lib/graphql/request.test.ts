import { beforeEach, describe, expect, it, vi } from 'vitest';
import manifest from './generated/persisted-documents.json';
import { CartCreateDocument, ProductStockDocument } from './generated/graphql';

vi.mock('server-only', () => ({}));
vi.mock('@/env', () => ({ env: { GRAPHQL_URL: 'http://gateway.test/graphql', FIRST_PARTY_SECRET: undefined } }));

const { requestGraphQL } = await import('./request');

const fetchMock = vi.fn(async (_url: string | URL, _init?: RequestInit) => new Response('{"data":{"product":null}}'));
vi.stubGlobal('fetch', fetchMock);

const call = () => {
  const [url, init] = fetchMock.mock.calls[0]!;
  return { url: new URL(String(url)), init: init!, headers: new Headers(init!.headers) };
};

describe('requestGraphQL sends trusted documents', () => {
  beforeEach(() => fetchMock.mockClear());

  it('asks a public query by GET, with its documentId and variables and no text', async () => {
    await requestGraphQL(ProductStockDocument, { handle: 'runner' });
    const { url, init, headers } = call();
    expect(init.method).toBe('GET');
    expect(url.searchParams.get('query')).toBeNull();
    const documentId = url.searchParams.get('documentId') as keyof typeof manifest;
    expect(manifest[documentId]).toMatch(/^query ProductStock\b/);
    expect(JSON.parse(url.searchParams.get('variables')!)).toEqual({ handle: 'runner' });
    expect(headers.get('graphql-client-name')).toBe('commerce-storefront');
  });

  it('POSTs a personal query and a mutation with a documentId and no text', async () => {
    await requestGraphQL(ProductStockDocument, { handle: 'runner' }, { headers: { cookie: 'shop_session=x' } });
    await requestGraphQL(CartCreateDocument, { input: {} });
    for (const [, init] of fetchMock.mock.calls) {
      expect(init!.method).toBe('POST');
      const body = JSON.parse(String(init!.body)) as { documentId: keyof typeof manifest; query?: string };
      expect(body.query).toBeUndefined();
      expect(manifest[body.documentId]).toBeTruthy();
    }
  });
});
