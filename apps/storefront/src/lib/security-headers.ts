/**
 * Headers every storefront response carries. The Content-Security-Policy is not here: cached
 * pages get one with their scripts' hashes (cache-handler.mjs), dynamic ones a nonce (proxy.ts).
 * HSTS only in production builds: `next dev` serves plain http on localhost.
 */
export function securityHeaders(options: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Older browsers' frame-ancestors; the CSP says the same.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    // The shop needs none of these; a third-party script that gets in cannot ask for them either.
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), payment=(self), browsing-topics=()',
    },
    ...(options.production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}
