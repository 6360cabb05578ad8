import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIRST_PARTY_HEADER, STOREFRONT_SERVER, signFirstPartyClient } from '@commerce/trust';
import { CLIENT_NAME_HEADER } from '@commerce/trust/client-name';
import {
  CartCreateDocument,
  CartDocument,
  ProductByHandleDocument,
  MOBILE_SAMPLE_CLIENT_NAME,
  documentIdOf,
} from '@commerce/mobile-sample';
import { graphql, useTestStack } from '../../test/stack.js';
import { graphqlById, storefrontDocumentId } from '../../test/trusted-documents.js';
import { MAX_COST } from '../query-cost/query-cost-plugin.js';
import { FIRST_PARTY_CLIENT_NAMES } from './trusted-documents.js';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from './public-cache-control.js';

// Trusted documents at the gateway: first-party clients send hashes only; third parties may
// still send text under the limits; public GET answers may be kept by a CDN, nothing else.

const FIRST_PARTY_SECRET = randomBytes(32).toString('base64url');
const api = useTestStack({ FIRST_PARTY_SECRET });

const PRODUCT = documentIdOf(ProductByHandleDocument);
const asMobileApp = { [CLIENT_NAME_HEADER]: MOBILE_SAMPLE_CLIENT_NAME };
const asStorefrontServer = () => ({
  [FIRST_PARTY_HEADER]: signFirstPartyClient(STOREFRONT_SERVER, FIRST_PARTY_SECRET),
});
const PRODUCT_TEXT = '{ product(handle: "x") { id title } }';

describe('trusted documents by hash', () => {
  it('are the first-party clients that have a manifest', () => {
    expect([...FIRST_PARTY_CLIENT_NAMES]).toContain(MOBILE_SAMPLE_CLIENT_NAME);
  });

  it('answer a known documentId by POST and by GET, and an Apollo persisted-query hash', async () => {
    const post = await graphqlById(api.gateway, PRODUCT, { handle: 'no-such-product' }, asMobileApp);
    expect(post.status).toBe(200);
    expect(post.errors).toBeUndefined();
    expect(post.data).toEqual({ product: null });
    const get = await graphqlById(api.gateway, PRODUCT, { handle: 'no-such-product' }, asMobileApp, 'GET');
    expect(get.status).toBe(200);
    expect(get.data).toEqual({ product: null });
    const apollo = await fetch(api.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asMobileApp },
      body: JSON.stringify({
        variables: { handle: 'no-such-product' },
        extensions: { persistedQuery: { version: 1, sha256Hash: PRODUCT.replace(/^sha256:/, '') } },
      }),
    });
    expect(apollo.status).toBe(200);
    expect(((await apollo.json()) as { data?: unknown }).data).toEqual({ product: null });
  });

  it('answer the storefront server by hash', async () => {
    const response = await graphqlById(
      api.gateway,
      storefrontDocumentId('ProductStock'),
      { handle: 'no-such-product' },
      asStorefrontServer(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ product: null });
  });

  it('refuse an unknown documentId with a clear 4xx error', async () => {
    for (const documentId of [`sha256:${'0'.repeat(64)}`, 'not-a-hash']) {
      const response = await graphqlById(api.gateway, documentId, {}, asMobileApp);
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
  });

  it('refuse a mutation sent as GET', async () => {
    const response = await graphqlById(
      api.gateway,
      documentIdOf(CartCreateDocument),
      { input: {} },
      asMobileApp,
      'GET',
    );
    expect(response.status).toBe(405);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.length).toBeGreaterThan(0);
  });
});

describe('document text', () => {
  it('is refused from a client that names itself first party, and from the signed storefront server', async () => {
    for (const headers of [asMobileApp, asStorefrontServer()]) {
      const response = await graphql(api.gateway, PRODUCT_TEXT, {}, headers);
      expect(response.status).toBe(403);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    }
  });

  it('is still allowed from third parties, within the cost limit', async () => {
    const allowed = await graphql(api.gateway, PRODUCT_TEXT);
    expect(allowed.status).toBe(200);
    expect(allowed.data).toEqual({ product: null });
    const dump = await graphql(
      api.gateway,
      '{ products(first: 250) { nodes { variants(first: 250) { nodes { id } } } } }',
    );
    expect(dump.status).toBeLessThan(500);
    expect(dump.errors?.[0]?.extensions?.code).toBe('MAX_COST_EXCEEDED');
    expect(MAX_COST).toBeLessThan(250 * 250);
  });
});

describe('Cache-Control on GET', () => {
  const get = (documentId: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    graphqlById(api.gateway, documentId, variables, { ...asMobileApp, ...headers }, 'GET');

  it('is public, briefly, for an identity-free answer', async () => {
    const response = await get(PRODUCT, { handle: 'no-such-product' });
    expect(response.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers.get('vary')).toMatch(/authorization/i);
  });

  it('is private, no-store, with a token, for a personal type, and for an error', async () => {
    const withToken = await get(PRODUCT, { handle: 'no-such-product' }, { authorization: `Bearer ${'a'.repeat(43)}` });
    expect(withToken.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
    const cart = await get(documentIdOf(CartDocument), { id: 'gid://shop/Cart/00000000-0000-0000-0000-000000000000' });
    expect(cart.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
    const bad = await get(PRODUCT, {});
    expect(bad.errors?.length).toBeGreaterThan(0);
    expect(bad.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
    const nodes = await fetch(`${api.gateway}?query=${encodeURIComponent('{ node(id: "x") { id } }')}`);
    expect(nodes.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
  });
});
