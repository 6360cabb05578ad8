'use server';

import { refresh } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { AccountFormState } from '@/lib/customers/form-state';
import { requestFailureMessage } from '@/lib/customers/user-errors';
import type { PageInput } from '@/lib/graphql/generated/graphql';
import { toEditorPage, type SaveDraftResult } from '@/lib/studio/editor-page';
import {
  getNodeTitles,
  getPageForEditing,
  listCollections,
  publishPage,
  restoreRevision,
  searchProducts,
  unpublishPage,
  updatePage,
  type PageResult,
} from '@/lib/studio/pages-api';
import { mapPageUserErrors } from '@/lib/studio/page-user-errors';
import type { CollectionChoice, ProductChoice } from '@/lib/studio/picker-types';
import { fromLocalInput } from '@/lib/studio/schedule-time';
import { requirePageEditor } from '@/lib/studio/studio-guard';

// The page editor's actions. Each checks the staff member again (Next.js refuses a cross-origin
// action); the API checks the role and validates every block once more.

/** Saves the draft, then reads it back (the API sanitises rich text and drops duplicate ids). */
export async function saveDraftAction(id: string, input: PageInput): Promise<SaveDraftResult> {
  const { token } = await requirePageEditor();
  try {
    const payload = await updatePage(token, id, input);
    if (!payload.page || payload.userErrors.length) return { ok: false, userErrors: payload.userErrors, message: null };
    const saved = await getPageForEditing(token, payload.page.handle);
    if (!saved) return { ok: false, userErrors: [], message: 'The page was deleted meanwhile.' };
    const page = toEditorPage(saved);
    return { ok: true, handle: saved.handle, page, titles: await getNodeTitles(token, page.referencedIds) };
  } catch (error) {
    unstable_rethrow(error);
    console.error('pageUpdate failed:', error instanceof Error ? error.message : error);
    return { ok: false, userErrors: [], message: requestFailureMessage(error) };
  }
}

export type PanelState = AccountFormState<'publishAt'>;

async function panelCall(call: () => Promise<PageResult>, success: string): Promise<PanelState> {
  try {
    const payload = await call();
    if (payload.userErrors.length) {
      const mapped = mapPageUserErrors(payload.userErrors, []);
      const fieldErrors = mapped.page.publishAt ? { publishAt: mapped.page.publishAt } : {};
      const text = mapped.form.join(' ') || 'Please correct the field marked below.';
      return { values: {}, fieldErrors, message: { tone: 'error', text } };
    }
  } catch (error) {
    unstable_rethrow(error);
    console.error('studio page change failed:', error instanceof Error ? error.message : error);
    return { values: {}, fieldErrors: {}, message: { tone: 'error', text: requestFailureMessage(error) } };
  }
  refresh();
  return { values: {}, fieldErrors: {}, message: { tone: 'success', text: success } };
}

export async function publishNowAction(_previous: PanelState, formData: FormData): Promise<PanelState> {
  const { token } = await requirePageEditor();
  const id = String(formData.get('id') ?? '');
  return panelCall(() => publishPage(token, id, null), 'Published: the page is live.');
}

export async function scheduleAction(_previous: PanelState, formData: FormData): Promise<PanelState> {
  const { token } = await requirePageEditor();
  const id = String(formData.get('id') ?? '');
  const local = String(formData.get('publishAt') ?? '');
  const publishAt = fromLocalInput(local, Number(formData.get('timezoneOffset') ?? 0));
  if (!publishAt) {
    return {
      values: { publishAt: local },
      fieldErrors: { publishAt: 'Choose a date and time.' },
      message: { tone: 'error', text: 'Please correct the field marked below.' },
    };
  }
  const state = await panelCall(() => publishPage(token, id, publishAt), 'Scheduled.');
  return { ...state, values: { publishAt: local } };
}

export async function unpublishAction(_previous: PanelState, formData: FormData): Promise<PanelState> {
  const { token } = await requirePageEditor();
  const id = String(formData.get('id') ?? '');
  return panelCall(() => unpublishPage(token, id), 'Unpublished: the page is off the site; the draft stays.');
}

/** Restores into the draft, then reloads the editor from it (the `restored` key remounts it). */
export async function restoreRevisionAction(_previous: PanelState, formData: FormData): Promise<PanelState> {
  const { token } = await requirePageEditor();
  const id = String(formData.get('id') ?? '');
  const revisionId = String(formData.get('revisionId') ?? '');
  let handle: string | null = null;
  const state = await panelCall(async () => {
    const payload = await restoreRevision(token, id, revisionId);
    handle = payload.page?.handle ?? null;
    return payload;
  }, 'Revision restored into the draft. Publish to make it live.');
  if (state.message?.tone === 'success' && handle) {
    redirect(`/studio/pages/${encodeURIComponent(handle)}?restored=${Date.now()}`);
  }
  return state;
}

export async function searchProductsAction(query: string): Promise<ProductChoice[]> {
  const { token } = await requirePageEditor();
  const products = await searchProducts(token, String(query).slice(0, 100));
  return products.map((product) => ({ id: product.id, title: product.title, images: product.images.nodes }));
}

export async function listCollectionsAction(): Promise<CollectionChoice[]> {
  const { token } = await requirePageEditor();
  return listCollections(token);
}
