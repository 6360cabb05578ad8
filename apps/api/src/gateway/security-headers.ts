import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

type SetHeaders = (req: IncomingMessage, res: ServerResponse) => void;

// Two years, as browsers' preload lists ask; sent only in production, where TLS ends in front.
const HSTS_MAX_AGE_SECONDS = 63_072_000;

/**
 * Helmet's headers for every gateway answer: no sniffing, no referrer, never framed. The API
 * sends JSON, so its policy allows nothing at all; GraphiQL (development only) runs inline
 * scripts and styles of its own, so its page is only kept out of frames.
 */
export function createSecurityHeaders(options: { development: boolean }): SetHeaders {
  const shared: HelmetOptions = {
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.development ? false : { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true },
  };
  const api = helmet({
    ...shared,
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  });
  const graphiql = helmet({
    ...shared,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'none'"] },
    },
  });
  return (req, res) => {
    const wantsGraphiql =
      options.development && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    // Helmet only sets headers and calls next synchronously; an error is a bad configuration.
    (wantsGraphiql ? graphiql : api)(req, res, (error?: unknown) => {
      if (error) throw error;
    });
    // Answers are per client (identity, budgets): no cache on the way may keep one.
    if (req.method === 'POST') res.setHeader('cache-control', 'no-store');
  };
}
