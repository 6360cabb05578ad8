import { describe, expect, it } from 'vitest';
import { edgePurgeUrls, isEdgePurgeUrlList } from './edge-purge-urls';

describe('EDGE_PURGE_URL: one edge or several', () => {
  it('reads one URL, or a comma-separated list (each edge node purged)', () => {
    expect(edgePurgeUrls(undefined)).toEqual([]);
    expect(edgePurgeUrls('')).toEqual([]);
    expect(edgePurgeUrls('http://edge-1:8080/')).toEqual(['http://edge-1:8080/']);
    expect(edgePurgeUrls(' http://edge-1:8080/ , http://edge-2:8080/,')).toEqual([
      'http://edge-1:8080/',
      'http://edge-2:8080/',
    ]);
  });

  it('accepts only lists of http(s) URLs', () => {
    expect(isEdgePurgeUrlList('http://edge-1/,https://edge-2/')).toBe(true);
    for (const value of ['edge-1', 'http://edge-1/,nope', 'ftp://edge/', ',', 'javascript:alert(1)'])
      expect(isEdgePurgeUrlList(value), value).toBe(false);
  });
});
