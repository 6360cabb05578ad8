import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const state = { draft: false, staffCookie: undefined as string | undefined };
vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: state.draft }) }));
vi.mock('../studio/staff-session', () => ({ readStaffToken: async () => state.staffCookie ?? null }));
const getPublishedPage = vi.fn();
const getDraftPage = vi.fn();
vi.mock('./get-page', () => ({ getPublishedPage, getDraftPage }));
const { loadPage } = await import('./load-page');

const live = { id: 'gid://shop/Page/1', handle: 'sale', title: 'Live' };
const draft = { id: 'gid://shop/Page/1', handle: 'sale', title: 'Draft' };

describe('loadPage', () => {
  beforeEach(() => {
    getPublishedPage.mockReset().mockResolvedValue(live);
    getDraftPage.mockReset().mockResolvedValue(draft);
    state.draft = false;
    state.staffCookie = undefined;
  });

  it('serves the published page for the decile outside draft mode', async () => {
    expect(await loadPage('sale', '3')).toEqual({ page: live, draft: false });
    expect(getPublishedPage).toHaveBeenCalledWith('sale', 3);
    expect(await loadPage('sale', '10')).toEqual({ page: null, draft: false });
  });

  it('serves the draft in draft mode with the staff token', async () => {
    state.draft = true;
    state.staffCookie = 'staff-token-0123456789';
    expect(await loadPage('sale', '0')).toEqual({ page: draft, draft: true });
    expect(getDraftPage).toHaveBeenCalledWith('sale', 'staff-token-0123456789');
  });

  // Draft mode's cookie outlives the staff cookie (sign-out, the 12 h token): the marketer then
  // sees the public page, not a 404 for every content page until the browser closes.
  it('serves the published page, still uncached, in draft mode without a staff token', async () => {
    state.draft = true;
    expect(await loadPage('sale', '0')).toEqual({ page: live, draft: true });
    expect(getDraftPage).not.toHaveBeenCalled();
  });
});
