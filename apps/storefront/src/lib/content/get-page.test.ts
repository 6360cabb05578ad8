import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const requestGraphQL = vi.fn();
vi.mock('../graphql/request', () => ({ requestGraphQL }));
const { getPublishedPage, getDraftPage } = await import('./get-page');

const page = (variant: string | null, split: number | null) => ({
  page: { id: 'gid://shop/Page/1', handle: 'sale', variant, experimentSplit: split, blocks: [] },
});

describe('getPublishedPage', () => {
  beforeEach(() => requestGraphQL.mockReset());

  it('asks once, for the published version, when no test runs', async () => {
    requestGraphQL.mockResolvedValueOnce(page(null, null));
    expect((await getPublishedPage('sale', 0))?.variant).toBeNull();
    expect(requestGraphQL).toHaveBeenCalledTimes(1);
    expect(requestGraphQL.mock.calls[0]![1]).toEqual({ handle: 'sale', preview: false, variant: 'a' });
  });

  it("asks again for version b only for deciles under a running test's split", async () => {
    requestGraphQL.mockResolvedValueOnce(page('a', 30)).mockResolvedValueOnce(page('b', 30));
    expect((await getPublishedPage('sale', 2))?.variant).toBe('b');
    expect(requestGraphQL.mock.calls[1]![1]).toEqual({ handle: 'sale', preview: false, variant: 'b' });

    requestGraphQL.mockReset().mockResolvedValueOnce(page('a', 30));
    expect((await getPublishedPage('sale', 3))?.variant).toBe('a');
    expect(requestGraphQL).toHaveBeenCalledTimes(1);
  });

  it('never asks for a handle the API would not have made', async () => {
    expect(await getPublishedPage('../account', 0)).toBeNull();
    expect(await getDraftPage('UPPER', 'token')).toBeNull();
    expect(requestGraphQL).not.toHaveBeenCalled();
  });
});

describe('getDraftPage', () => {
  it("asks for the draft with the staff member's own token", async () => {
    requestGraphQL.mockReset().mockResolvedValueOnce(page(null, null));
    await getDraftPage('sale', 'staff-token');
    expect(requestGraphQL.mock.calls[0]![1]).toEqual({ handle: 'sale', preview: true });
    expect(requestGraphQL.mock.calls[0]![2]).toEqual({ headers: { authorization: 'Bearer staff-token' } });
  });
});
