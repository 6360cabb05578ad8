import { draftMode } from 'next/headers';
import { canPreview, draftTarget, isPageHandle } from '@/lib/content/draft-access';
import { getStudioStaff } from '@/lib/studio/staff-session';

const NO_STORE = { 'cache-control': 'private, no-store' };

/**
 * `GET /api/draft?handle=<handle>`: a marketer's preview (the studio opens it in its iframes).
 * Only with the studio's staff cookie, whose token the gateway still knows and whose roles
 * include MARKETER or ADMIN, does it turn Next.js draft mode on (its signed `__prerender_bypass`
 * cookie) and redirect to the page; draft-mode renders then ask for the draft with that token and
 * are never cached (next.config.ts, the VCL passes them). Everyone else gets a 403 and no cookie.
 */
export async function GET(request: Request): Promise<Response> {
  const handle = new URL(request.url).searchParams.get('handle') ?? '';
  if (!isPageHandle(handle)) return Response.json({ error: 'Unknown page' }, { status: 400, headers: NO_STORE });
  const staff = await getStudioStaff();
  if (!canPreview(staff?.member ?? null)) {
    return Response.json({ error: 'Staff (MARKETER or ADMIN) only' }, { status: 403, headers: NO_STORE });
  }
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { ...NO_STORE, location: draftTarget(handle) } });
}
