import { describe, expect, it } from 'vitest';
import manifest from './generated/persisted-documents.json' with { type: 'json' };
import { CLIENT_NAME_HEADER, MOBILE_SAMPLE_CLIENT_NAME, createMobileClient } from './client.js';
import { CartCreateDocument, ProductByHandleDocument } from './generated/graphql.js';

/** A fetch that records what it was asked and answers `data`. */
function recordingFetch(data: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fake = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetch: fake };
}

describe('mobile sample client', () => {
  it('sends a query as GET with its documentId and variables, never the text', async () => {
    const { calls, fetch } = recordingFetch({ product: null });
    const execute = createMobileClient({ endpoint: 'https://api.test/graphql', fetch });
    await execute(ProductByHandleDocument, { handle: 'runner' });
    const url = new URL(calls[0]!.url);
    expect(calls[0]!.init.method).toBe('GET');
    expect(url.searchParams.get('documentId')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(manifest)).toContain(url.searchParams.get('documentId'));
    expect(JSON.parse(url.searchParams.get('variables')!)).toEqual({ handle: 'runner' });
    expect(url.searchParams.has('query')).toBe(false);
    expect(new Headers(calls[0]!.init.headers).get(CLIENT_NAME_HEADER)).toBe(MOBILE_SAMPLE_CLIENT_NAME);
  });

  it('sends a mutation as a POST with its documentId', async () => {
    const { calls, fetch } = recordingFetch({ cartCreate: { cart: null, userErrors: [] } });
    const execute = createMobileClient({ endpoint: 'https://api.test/graphql', fetch, token: 't' });
    await execute(CartCreateDocument, { input: {} });
    expect(calls[0]!.init.method).toBe('POST');
    const body = JSON.parse(String(calls[0]!.init.body)) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['documentId', 'variables']);
    expect(Object.keys(manifest)).toContain(body.documentId);
    expect(new Headers(calls[0]!.init.headers).get('authorization')).toBe('Bearer t');
  });
});
