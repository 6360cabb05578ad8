import { describe, expect, it } from 'vitest';
import { isSameOriginJson } from './same-origin';

describe('isSameOriginJson', () => {
  it('accepts a same-origin JSON fetch, and JSON from a client that sends no fetch metadata', () => {
    expect(isSameOriginJson(new Headers({ 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }))).toBe(
      true,
    );
    expect(isSameOriginJson(new Headers({ 'content-type': 'application/json; charset=utf-8' }))).toBe(true);
  });

  it('refuses form posts and requests from other sites', () => {
    expect(isSameOriginJson(new Headers({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(false);
    expect(isSameOriginJson(new Headers({ 'content-type': 'text/plain' }))).toBe(false);
    expect(isSameOriginJson(new Headers({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }))).toBe(
      false,
    );
    expect(isSameOriginJson(new Headers({ 'content-type': 'application/json', 'sec-fetch-site': 'same-site' }))).toBe(
      false,
    );
  });
});
