import { absoluteUrl } from '@/lib/site';

// A route (not robots.ts) so the sitemap URL comes from the runtime STOREFRONT_URL.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /account',
    'Disallow: /cart',
    'Disallow: /api/',
    'Disallow: /search',
    `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
    '',
  ].join('\n');
  return new Response(body, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, s-maxage=86400, stale-while-revalidate=86400',
    },
  });
}
