import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { fileURLToPath } from 'node:url';
import { IMAGE_DEVICE_WIDTHS, IMAGE_LAYOUT_WIDTHS } from '@commerce/schema/image-sizes';
import {
  CACHEABLE_PAGE_HEADERS,
  DRAFT_PAGE_HEADERS,
  SEARCH_PAGE_HEADERS,
  STUDIO_HEADERS,
} from './src/lib/cache-policy';
import { securityHeaders } from './src/lib/security-headers';

// Whole pages are cached at the edge (docs/adr/0006). Next.js keeps a Cache-Control
// header that is already on the response, so these rules decide what the edge may keep.
const config = (phase: string): NextConfig => ({
  reactStrictMode: true,
  // The deployable (deploy/docker/storefront.Dockerfile): `next build` also writes
  // .next/standalone, the server with only the files it traces, which assemble-artifact.mjs turns
  // into dist/. Traced from the repository root: the workspace's packages and hoisted node_modules.
  // `npm start` (server.mjs over .next) is unchanged: only the build sets it, or Next.js would warn
  // there that `next start` does not suit standalone output.
  ...(phase === PHASE_PRODUCTION_BUILD ? { output: 'standalone' as const } : {}),
  outputFileTracingRoot: fileURLToPath(new URL('../../', import.meta.url)),
  poweredByHeader: false,
  // Wraps the file-system ISR cache to add a Surrogate-Key header naming what a page shows.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  transpilePackages: ['@commerce/ui', '@commerce/trust', '@commerce/schema'],
  // Not `experimental.inlineCss`: tried, it put the 30 KiB stylesheet into every page twice
  // (HTML and RSC payload: 39 → 112 KiB per product page) for no measurable LCP gain.
  // Turbopack's default CSS chunking put 33 modules (studio's, account's, checkout's among them)
  // into one stylesheet every page blocks on; 'graph' gives each page the rules it uses: 42 → 23 KiB
  // on a product page, 42 → 28 on the home page, 42 → 32 on a collection, in 4-6 parallel files
  // instead of 3. Home, collection, product and search render pixel for pixel the same at 390 and
  // 1280 px (screenshots of both builds). Experimental in Next.js 16: recheck on upgrades.
  experimental: { cssChunking: 'graph' },
  images: {
    // The catalog's image service resizes and encodes; Next.js only builds the srcset.
    loader: 'custom',
    loaderFile: './src/lib/image-loader.ts',
    // The image service encodes only these widths (one list with it: @commerce/schema).
    deviceSizes: [...IMAGE_DEVICE_WIDTHS],
    imageSizes: [...IMAGE_LAYOUT_WIDTHS],
  },
  async headers() {
    return [
      // Both the public paths and the ones the proxy rewrites them to (internal-routes.ts).
      ...[
        '/',
        '/home/:bucket',
        '/pages/:handle',
        '/pages/:handle/:bucket',
        '/products/:handle',
        '/products/:handle/:selection',
        '/collections/:handle',
        '/collections/:handle/:view',
      ].map((source) => ({
        source,
        headers: CACHEABLE_PAGE_HEADERS,
      })),
      { source: '/search', headers: SEARCH_PAGE_HEADERS },
      // Draft mode (a staff preview, asked for the draft with a staff token): never stored by a
      // browser or any cache. Later rules win; a forged cookie only costs its sender the cache.
      ...['/', '/home/:bucket', '/pages/:handle', '/pages/:handle/:bucket'].map((source) => ({
        source,
        has: [{ type: 'cookie' as const, key: '__prerender_bypass' }],
        headers: DRAFT_PAGE_HEADERS,
      })),
      // The staff studio (H4): never cached, never indexed.
      ...['/studio', '/studio/:path*'].map((source) => ({ source, headers: STUDIO_HEADERS })),
      // Headers are fixed at build time (routes manifest): a production build sends HSTS.
      { source: '/:path*', headers: securityHeaders({ production: phase !== PHASE_DEVELOPMENT_SERVER }) },
    ];
  },
});

export default config;
