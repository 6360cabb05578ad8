import { describe, expect, it, vi } from 'vitest';
import manifest from '@/lib/graphql/generated/persisted-documents.json';
import {
  EXPERIMENT_VIEW_KEY,
  lastExperimentView,
  recordExperimentEvent,
  rememberExperimentView,
  type ExperimentView,
} from './experiment-events';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}

const view: ExperimentView = { pageId: 'gid://shop/Page/7', variant: 'b' };

describe('the last page under test seen (sessionStorage)', () => {
  it('remembers the last view, the later one replacing the earlier', () => {
    const storage = memoryStorage();
    expect(lastExperimentView(storage)).toBeNull();
    rememberExperimentView(storage, { pageId: 'gid://shop/Page/1', variant: 'a' });
    rememberExperimentView(storage, view);
    expect(lastExperimentView(storage)).toEqual(view);
  });

  it('reads nothing from a missing, broken or forged entry, or from a storage that throws', () => {
    const storage = memoryStorage();
    for (const raw of ['not json', '{}', '{"pageId":"p","variant":"c"}', '{"pageId":5,"variant":"a"}', 'null']) {
      storage.setItem(EXPERIMENT_VIEW_KEY, raw);
      expect(lastExperimentView(storage), raw).toBeNull();
    }
    const throwing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    expect(lastExperimentView(throwing)).toBeNull();
    expect(() => rememberExperimentView(throwing, view)).not.toThrow();
    expect(lastExperimentView(null)).toBeNull();
  });
});

describe('recordExperimentEvent', () => {
  it('sends pageExperimentRecord(id, variant, event) to the same-origin /api/graphql, surviving navigation', async () => {
    const fetchMock = vi.fn(async () => new Response('{"data":{"pageExperimentRecord":true}}'));
    await expect(recordExperimentEvent(view, 'ADD_TO_CART', fetchMock)).resolves.toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/graphql');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    // By hash, as a trusted document: the gateway holds the text.
    const body = JSON.parse(String(init.body)) as {
      documentId: keyof typeof manifest;
      query?: string;
      variables: unknown;
    };
    expect(body.query).toBeUndefined();
    expect(manifest[body.documentId]).toContain('pageExperimentRecord(id: $id, variant: $variant, event: $event)');
    expect(body.variables).toEqual({ id: view.pageId, variant: 'b', event: 'ADD_TO_CART' });
  });

  it('a failure is only a missed count: false, never a thrown error', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(recordExperimentEvent(view, 'VIEW', offline)).resolves.toBe(false);
    const refused = vi.fn(async () => new Response('{"data":{"pageExperimentRecord":false}}'));
    await expect(recordExperimentEvent(view, 'VIEW', refused)).resolves.toBe(false);
    const broken = vi.fn(async () => new Response('oops', { status: 502 }));
    await expect(recordExperimentEvent(view, 'VIEW', broken)).resolves.toBe(false);
  });
});
