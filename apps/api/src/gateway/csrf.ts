import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { tokenOf } from './identity.js';

export const CSRF_HEADER = 'x-shop-csrf';

/**
 * Cross-site request forgery matters only where the browser adds credentials by itself: the
 * session cookie. A request carrying it must be one a cross-site form, link or image cannot
 * make: a JSON POST (which needs a CORS preflight cross-site), or anything with our header.
 * Anonymous and Bearer-token requests (apps, CDN-cached GET queries) are not affected.
 */
export function useCsrfPrevention(cookieName: string): GatewayPlugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (tokenOf(request, cookieName)?.via !== 'cookie') return;
      const json =
        request.method === 'POST' &&
        /^application\/(graphql-response\+)?json\b/i.test(request.headers.get('content-type') ?? '');
      if (json || request.headers.has(CSRF_HEADER)) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `Cookie-authenticated requests must be JSON POSTs or carry the ${CSRF_HEADER} header.`,
                extensions: { code: 'CSRF_PREVENTED' },
              },
            ],
          }),
          { status: 403, headers: { 'content-type': 'application/json' } },
        ),
      );
    },
  };
}
