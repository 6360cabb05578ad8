import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

const asMap = (headers: { key: string; value: string }[]) =>
  new Map(headers.map(({ key, value }) => [key.toLowerCase(), value]));

describe('securityHeaders', () => {
  it('sends HSTS, a Permissions-Policy and the classic headers in production', () => {
    const headers = asMap(securityHeaders({ production: true }));
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers.get('permissions-policy')).toContain('camera=()');
    expect(headers.get('permissions-policy')).toContain('geolocation=()');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('leaves HSTS out in development (plain http on localhost)', () => {
    const headers = asMap(securityHeaders({ production: false }));
    expect(headers.has('strict-transport-security')).toBe(false);
    expect(headers.get('permissions-policy')).toBeTruthy();
  });
});
