import { FIRST_PARTY_HEADER, verifyFirstPartyClient } from '@commerce/trust';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PEER_ADDRESS_HEADER } from './lib/first-party/shopper-address';

const secret = 'p'.repeat(40);
let proxy: typeof import('./proxy').proxy;

beforeAll(async () => {
  // No build to read the draft-mode id from (draft-cookie.ts): any draft cookie counts here.
  vi.spyOn(process, 'cwd').mockReturnValue('/nonexistent-app');
  vi.stubEnv('FIRST_PARTY_SECRET', secret);
  vi.stubEnv('GRAPHQL_URL', 'http://127.0.0.1:4999/graphql');
  ({ proxy } = await import('./proxy'));
});

describe('proxy: /api/graphql', () => {
  it("forwards to the gateway with the shopper's address signed, never the client's own x-shop-client", () => {
    const request = new NextRequest('http://shop.test/api/graphql', {
      method: 'POST',
      headers: {
        [FIRST_PARTY_HEADER]: 'v1.203.0.113.99.1.forged',
        [PEER_ADDRESS_HEADER]: '198.51.100.4',
        'x-forwarded-for': '203.0.113.99',
      },
    });
    const response = proxy(request);
    expect(response.headers.get('x-middleware-rewrite')).toBe('http://127.0.0.1:4999/graphql');
    // Next.js applies request headers a proxy sets from these two response headers.
    const overridden = response.headers.get('x-middleware-override-headers')?.split(',') ?? [];
    expect(overridden).toContain(FIRST_PARTY_HEADER);
    expect(overridden).not.toContain(PEER_ADDRESS_HEADER);
    const signed = response.headers.get(`x-middleware-request-${FIRST_PARTY_HEADER}`);
    expect(verifyFirstPartyClient(signed, secret)).toBe('198.51.100.4');
  });
});

describe('proxy: Content-Security-Policy of dynamic pages', () => {
  it('gives /account and /search pages a fresh nonce, in the response and for Next.js to put on its scripts', () => {
    const nonces = new Set<string>();
    for (const path of ['/account', '/account/sign-in', '/search?q=cap', '/account/sign-in']) {
      const response = proxy(new NextRequest(`http://shop.test${path}`));
      const policy = response.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(policy).toMatch(/script-src 'self' 'nonce-/);
      expect(response.headers.get('x-middleware-request-content-security-policy'), path).toBe(policy);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(4);
  });

  it('gives the cart, checkout and order pages a nonce too (they are rendered per request)', () => {
    for (const path of ['/cart', '/checkout', '/orders/AbCdEfGhIjKlMnOpQrStUv']) {
      const policy = proxy(new NextRequest(`http://shop.test${path}`)).headers.get('content-security-policy') ?? '';
      expect(policy, path).toMatch(/script-src 'self' 'nonce-/);
    }
    expect(proxy(new NextRequest('http://shop.test/cartography')).headers.get('content-security-policy')).toBeNull();
  });

  it('gives the staff studio a nonce too, and the matcher sends it through the proxy', async () => {
    for (const path of ['/studio', '/studio/sign-in', '/studio/pages/summer-sale']) {
      const policy = proxy(new NextRequest(`http://shop.test${path}`)).headers.get('content-security-policy') ?? '';
      expect(policy, path).toMatch(/script-src 'self' 'nonce-/);
    }
    expect(proxy(new NextRequest('http://shop.test/studios')).headers.get('content-security-policy')).toBeNull();
    const { config } = await import('./proxy');
    expect(config.matcher).toEqual(expect.arrayContaining(['/studio', '/studio/:path*']));
  });

  it('leaves cached pages to the page cache, which sends hashes instead', () => {
    const response = proxy(new NextRequest('http://shop.test/products/cap?color=navy'));
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});

describe('proxy: content pages and the home page', () => {
  const rewriteOf = (path: string, headers: Record<string, string> = {}) =>
    proxy(new NextRequest(`http://shop.test${path}`, { headers })).headers.get('x-middleware-rewrite');

  it("renders /pages/<handle> and / for the shopper's A/B decile from the edge's x-ab-bucket", () => {
    expect(rewriteOf('/pages/summer', { 'x-ab-bucket': '42' })).toBe('http://shop.test/pages/summer/4');
    expect(rewriteOf('/', { 'x-ab-bucket': '99' })).toBe('http://shop.test/home/9');
  });

  it('uses decile 0 without a valid bucket, and drops query strings (pages read none)', () => {
    expect(rewriteOf('/pages/summer?utm_source=x&x=1')).toBe('http://shop.test/pages/summer/0');
    expect(rewriteOf('/', { 'x-ab-bucket': '100' })).toBe('http://shop.test/home/0');
    expect(rewriteOf('/pages/summer', { 'x-ab-bucket': 'evil' })).toBe('http://shop.test/pages/summer/0');
  });

  it('answers 404 for the internal paths asked for directly (no cache entries, no draft by a guessed path)', () => {
    for (const path of ['/pages/summer/0', '/pages/summer/3?_rsc=1', '/home/0', '/home/default', '/pages/a/b/c']) {
      const rewrite = rewriteOf(path);
      expect(rewrite, path).not.toBeNull();
      expect(new URL(rewrite!).pathname, path).not.toMatch(/^\/(pages|home)\//);
    }
  });

  it('gives draft-mode renders a nonce policy, and public pages none (the page cache sends hashes)', () => {
    const draft = proxy(
      new NextRequest('http://shop.test/pages/summer', { headers: { cookie: '__prerender_bypass=abc' } }),
    );
    expect(draft.headers.get('content-security-policy')).toMatch(/'nonce-.*frame-ancestors 'self'/);
    expect(draft.headers.get('x-middleware-rewrite')).toBe('http://shop.test/pages/summer/0');
    expect(proxy(new NextRequest('http://shop.test/pages/summer')).headers.get('content-security-policy')).toBeNull();
  });
});

describe('proxy: its own second pass over a rewritten content page', () => {
  it('lets the rewrite it made through (Next.js runs the proxy again for it), and nothing else', () => {
    const first = proxy(new NextRequest('http://shop.test/pages/summer', { headers: { 'x-ab-bucket': '31' } }));
    const mark = first.headers.get('x-middleware-request-x-shop-route');
    expect(mark).toMatch(/^[\w-]{20,}$/);
    const second = proxy(new NextRequest('http://shop.test/pages/summer/3', { headers: { 'x-shop-route': mark! } }));
    expect(second.headers.get('x-middleware-rewrite')).toBeNull();
    expect(second.headers.get('x-middleware-next')).toBe('1');

    const forged = proxy(new NextRequest('http://shop.test/pages/summer/3', { headers: { 'x-shop-route': 'guess' } }));
    expect(new URL(forged.headers.get('x-middleware-rewrite')!).pathname).not.toMatch(/^\/pages\//);
  });

  it('keeps the nonce policy of a draft-mode render on the second pass', () => {
    const first = proxy(
      new NextRequest('http://shop.test/', { headers: { cookie: '__prerender_bypass=abc', 'x-ab-bucket': '5' } }),
    );
    const mark = first.headers.get('x-middleware-request-x-shop-route')!;
    const policy = first.headers.get('content-security-policy')!;
    const second = proxy(
      new NextRequest('http://shop.test/home/0', {
        headers: { 'x-shop-route': mark, 'content-security-policy': policy, cookie: '__prerender_bypass=abc' },
      }),
    );
    expect(second.headers.get('content-security-policy')).toBe(policy);
  });
});
