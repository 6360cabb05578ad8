import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentKey, loadTrustedDocuments } from './manifests.js';

const SHOP = 'query Shop { shop { name } }';
const SHOP_HASH = 'ebde5a6a1f3a2bbd0e3cbc4acf8c8f8b8c1e7cde92d8a1d4d0df8fd2a1a7d3e0';

function manifestFile(content: Record<string, string>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'persisted-documents.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('trusted document manifests', () => {
  it('load every committed manifest, keyed by hex digest', () => {
    const documents = loadTrustedDocuments();
    expect(documents.size).toBeGreaterThan(10);
    for (const key of documents.keys()) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuse to start on a key that is not the SHA-256 of its document', () => {
    const file = manifestFile({ [`sha256:${SHOP_HASH}`]: SHOP });
    expect(() => loadTrustedDocuments({ test: [file] })).toThrow(/not the SHA-256/);
  });

  it('read codegen ids and Apollo hashes alike, and nothing else', () => {
    expect(documentKey(`sha256:${'a'.repeat(64)}`)).toBe('a'.repeat(64));
    expect(documentKey('a'.repeat(64))).toBe('a'.repeat(64));
    expect(documentKey('md5:abc')).toBeNull();
    expect(documentKey(`sha256:${'A'.repeat(64)}`)).toBeNull();
  });
});
