import { describe, expect, it } from 'vitest';
import { returnToFrom, safeReturnTo, withReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/account', '/account'],
    ['/products/trail-runner?color=Blue', '/products/trail-runner?color=Blue'],
    ['/cart#lines', '/cart#lines'],
    ['/a/../account', '/account'],
  ])('keeps the same-site path %j', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    'https://evil.example/account',
    '//evil.example/account',
    '/\\evil.example',
    '\\\\evil.example',
    '/\tevil',
    ' /account',
    'javascript:alert(1)',
    '/.//evil.example',
    '/..//evil.example/account',
    '/a/..//evil.example',
    '/./\\evil.example',
    'account',
    '',
    null,
    undefined,
    42,
    `/${'a'.repeat(2048)}`,
  ])('falls back to /account for %j', (value) => {
    expect(safeReturnTo(value)).toBe('/account');
  });

  it('uses the given fallback', () => {
    expect(safeReturnTo('//evil.example', '/')).toBe('/');
  });
});

describe('returnToFrom', () => {
  it('takes the first returnTo and checks it', () => {
    expect(returnToFrom({ returnTo: ['/cart', '/other'] })).toBe('/cart');
    expect(returnToFrom({ returnTo: 'https://evil.example' })).toBe('/account');
    expect(returnToFrom({})).toBe('/account');
  });
});

describe('withReturnTo', () => {
  it('adds returnTo only when it is not the default', () => {
    expect(withReturnTo('/account/sign-up', '/account')).toBe('/account/sign-up');
    expect(withReturnTo('/account/sign-up', '/cart?step=1')).toBe('/account/sign-up?returnTo=%2Fcart%3Fstep%3D1');
  });
});
