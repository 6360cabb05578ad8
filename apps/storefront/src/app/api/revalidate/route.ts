import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { env } from '@/env';
import { purgeEdgeTwice } from '@/lib/revalidation/purge-edge';
import { isAuthorised, parseRevalidateBody } from '@/lib/revalidation/revalidate-request';

/**
 * `POST /api/revalidate` with `Authorization: Bearer <REVALIDATE_SECRET>` and
 * `{"tags": ["product:42"]}`: pages showing those things render afresh on their next request,
 * and the edge drops its copies. Called by the worker (and by hand).
 */
export async function POST(request: Request): Promise<Response> {
  if (!isAuthorised(request.headers.get('authorization'), env.REVALIDATE_SECRET)) {
    return Response.json({ error: 'Unauthorised' }, { status: 401, headers: { 'cache-control': 'no-store' } });
  }
  const json: unknown = await request.json().catch(() => null);
  const parsed = parseRevalidateBody(json);
  if (!parsed.ok) {
    return Response.json({ error: parsed.message }, { status: 400, headers: { 'cache-control': 'no-store' } });
  }
  const { tags } = parsed.body;
  // expire: 0 — the next request waits for a fresh render instead of getting the stale page.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  after(() => purgeEdgeTwice(tags));
  return Response.json({ revalidated: tags }, { headers: { 'cache-control': 'no-store' } });
}
