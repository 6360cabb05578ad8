import { expect, test, type Page } from '@playwright/test';
import { getCollectionFacts, productForSlot } from '../support/catalog.js';

// Issue 8, item 8: the storefront's security headers, and a Content-Security-Policy without
// 'unsafe-inline' scripts that the pages still work under: hashes on cached pages (the same
// copy for everyone, fresh or from the page cache), a nonce on dynamic ones.

async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective}: ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

async function pagesToCheck(): Promise<string[]> {
  const product = await productForSlot('securityHeaders');
  const collection = await getCollectionFacts('t-shirts');
  return [
    '/',
    `/collections/t-shirts?sort_by=price-ascending&filter.p.vendor=${encodeURIComponent(collection.vendors[0]?.label ?? '')}`,
    `/products/${product.handle}`,
    '/account/sign-in',
    '/cart',
    '/search?q=shirt',
  ];
}

test('pages carry the security headers and a script policy without unsafe-inline', async ({ request }) => {
  for (const path of await pagesToCheck()) {
    for (const attempt of ['first', 'second (page cache)']) {
      const response = await request.get(path);
      const headers = response.headers();
      const where = `${path}, ${attempt} request`;
      expect(response.status(), where).toBe(200);
      const policy = headers['content-security-policy'] ?? '';
      const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc, where).toMatch(/'(sha256-[A-Za-z0-9+/=]+|nonce-[A-Za-z0-9+/=]+)'/);
      expect(scriptSrc, where).not.toContain("'unsafe-inline'");
      expect(scriptSrc, where).not.toContain("'unsafe-eval'");
      expect(policy, where).toContain("frame-ancestors 'self'");
      expect(policy, where).toContain("object-src 'none'");
      expect(headers['strict-transport-security'], where).toMatch(/max-age=\d+/);
      expect(headers['permissions-policy'], where).toContain('camera=()');
      expect(headers['x-content-type-options'], where).toBe('nosniff');
      expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
    }
  }
});

test('pages run under their policy: no violation, and the inline bootstrap scripts ran', async ({ page }) => {
  const violations = await recordViolations(page);
  for (const path of await pagesToCheck()) {
    for (const attempt of [1, 2]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // React hydrated the page, which needs the payload Next.js's inline scripts carry (with
      // those scripts blocked, the main element has no React fiber).
      const hydrated = await page.evaluate(() =>
        Object.keys(document.querySelector('main') ?? document.body).some((key) => key.startsWith('__reactFiber')),
      );
      expect(hydrated, `${path} #${attempt}`).toBe(true);
    }
  }
  expect(violations).toEqual([]);
});
