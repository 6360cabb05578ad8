import { draftMode } from 'next/headers';
import { draftTarget, isPageHandle } from '@/lib/content/draft-access';

/** `GET /api/draft/disable[?handle=<handle>]`: leaves draft mode, back to the public page (or home). */
export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  const handle = new URL(request.url).searchParams.get('handle') ?? '';
  const location = isPageHandle(handle) ? draftTarget(handle) : '/';
  return new Response(null, { status: 307, headers: { 'cache-control': 'private, no-store', location } });
}
