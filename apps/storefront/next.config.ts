import type { NextConfig } from 'next';
import { fileURLToPath } from 'node:url';
import { IMAGE_DEVICE_WIDTHS, IMAGE_LAYOUT_WIDTHS } from '@commerce/schema/image-sizes';
import { CACHEABLE_PAGE_HEADERS, SEARCH_PAGE_HEADERS } from './src/lib/cache-policy';

// Whole pages are cached at the edge (ARCHITECTURE decision 6). Next.js keeps a Cache-Control
// header that is already on the response, so these rules decide what the edge may keep.
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Wraps the file-system ISR cache to add a Surrogate-Key header naming what a page shows.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  transpilePackages: ['@commerce/ui', '@commerce/trust', '@commerce/schema'],
  // Not `experimental.inlineCss`: tried, it put the 30 KiB stylesheet into every page twice
  // (HTML and RSC payload: 39 → 112 KiB per product page) for no measurable LCP gain.
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
      ...['/', '/home/:variant', '/products/:handle', '/products/:handle/:selection', '/collections/:handle', '/collections/:handle/:view'].map((source) => ({
        source,
        headers: CACHEABLE_PAGE_HEADERS,
      })),
      { source: '/search', headers: SEARCH_PAGE_HEADERS },
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
    ];
  },
};

export default config;
