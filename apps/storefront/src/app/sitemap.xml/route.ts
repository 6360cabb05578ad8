import { getSitemapEntries } from '@/lib/catalog/sitemap-entries';
import { absoluteUrl } from '@/lib/site';

// Rendered on request (not at build, which has no API), cached by the data cache and the edge.
export const dynamic = 'force-dynamic';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function GET(): Promise<Response> {
  const entries = await getSitemapEntries();
  const urls = entries
    .map(
      (entry) => `<url><loc>${escapeXml(absoluteUrl(entry.path))}</loc><lastmod>${entry.lastModified}</lastmod></url>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=604800',
      'surrogate-key': 'sitemap listings',
    },
  });
}
