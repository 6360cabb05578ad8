import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy.mjs';

const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script exactly as written, and skips scripts loaded from a URL', () => {
    const html =
      '<html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>' +
      '<script>self.__next_f.push([1,"a\\u003cb"])</script>' +
      '<script id="x" nonce="">(self.__next_s=self.__next_s||[]).push(1)</script>' +
      '<script type="application/ld+json">{"@type":"Product"}</script></body></html>';
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_f.push([1,"a\\u003cb"])'),
      sha('(self.__next_s=self.__next_s||[]).push(1)'),
      sha('{"@type":"Product"}'),
    ]);
  });

  it('lists a script repeated verbatim once', () => {
    expect(inlineScriptHashes('<script>a()</script><script>a()</script>')).toEqual([sha('a()')]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts from the origin and the given sources only, and no framing by others', () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });
});
