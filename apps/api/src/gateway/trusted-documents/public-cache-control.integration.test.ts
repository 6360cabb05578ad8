import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAME_HEADER } from '@commerce/trust/client-name';
import { ProductByHandleDocument, MOBILE_SAMPLE_CLIENT_NAME, documentIdOf } from '@commerce/mobile-sample';
import { useTestStack } from '../../test/stack.js';
import { graphqlById } from '../../test/trusted-documents.js';
import { PUBLIC_CACHE_CONTROL } from './public-cache-control.js';

// Cache-Control of GET answers with the gateway's response cache on, as in production: the
// answer a CDN may keep must not depend on whether the gateway itself had it cached.
// A stock bound long enough that the second request of a test is a hit on a busy machine.
const api = useTestStack({
  RESPONSE_CACHE: 'on',
  RESPONSE_CACHE_TTL_MS: '600000',
  RESPONSE_CACHE_STOCK_TTL_MS: '60000',
});

const PRODUCT = documentIdOf(ProductByHandleDocument);
const asMobileApp = { [CLIENT_NAME_HEADER]: MOBILE_SAMPLE_CLIENT_NAME };

describe('Cache-Control on GET with the response cache on', () => {
  it('stays public for a public answer served from the gateway’s cache', async () => {
    // A handle no other run asked for: the first GET is a miss, the second a hit.
    const variables = { handle: `no-such-product-${randomBytes(6).toString('hex')}` };
    const first = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect([first.headers.get('x-response-cache'), first.headers.get('cache-control')]).toEqual([
      'miss',
      PUBLIC_CACHE_CONTROL,
    ]);
    const second = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect(second.data).toEqual(first.data);
    expect([second.headers.get('x-response-cache'), second.headers.get('cache-control')]).toEqual([
      'hit',
      PUBLIC_CACHE_CONTROL,
    ]);
    expect(second.headers.get('vary')).toMatch(/authorization/i);
  });

  it('says how old a cached answer showing stock is, so a CDN or a phone keeps it only what the bound has left', async () => {
    // ProductByHandle selects availableForSale and quantityAvailable.
    const variables = { handle: `no-such-product-${randomBytes(6).toString('hex')}` };
    const first = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect(first.headers.get('x-response-cache')).toBe('miss');
    expect(Number(first.headers.get('age') ?? 0)).toBe(0);
    await sleep(2_100);
    const second = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect([second.headers.get('x-response-cache'), second.headers.get('cache-control')]).toEqual([
      'hit',
      PUBLIC_CACHE_CONTROL,
    ]);
    // Without Age, a CDN would keep a stock answer already near the bound for a full max-age more.
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(2);
  });
});
