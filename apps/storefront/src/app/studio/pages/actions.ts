'use server';

import { refresh } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { readTextFields, requiredFieldErrors, type AccountFormState } from '@/lib/customers/form-state';
import { requestFailureMessage } from '@/lib/customers/user-errors';
import { createPage, deletePage, duplicatePage } from '@/lib/studio/pages-api';
import { mapPageUserErrors } from '@/lib/studio/page-user-errors';
import { requirePageEditor } from '@/lib/studio/studio-guard';

// The page list's actions. Each checks the staff member again (an action is a public endpoint;
// Next.js refuses one whose Origin is not this host, as for the account forms), and the API
// checks the role once more.

export type PageFormState = AccountFormState<'title' | 'handle'>;

function failed(values: PageFormState['values'], error: unknown): PageFormState {
  // redirect() (a token that stopped working, studioRequest) throws: let it through.
  unstable_rethrow(error);
  console.error('studio page action failed:', error instanceof Error ? error.message : error);
  return { values, fieldErrors: {}, message: { tone: 'error', text: requestFailureMessage(error) } };
}

function refused(values: PageFormState['values'], userErrors: Parameters<typeof mapPageUserErrors>[0]): PageFormState {
  const mapped = mapPageUserErrors(userErrors, []);
  const fieldErrors: PageFormState['fieldErrors'] = {};
  if (mapped.page.title) fieldErrors.title = mapped.page.title;
  if (mapped.page.handle) fieldErrors.handle = mapped.page.handle;
  const text = mapped.form.join(' ') || 'Please correct the fields marked below.';
  return { values, fieldErrors, message: { tone: 'error', text } };
}

export async function createPageAction(_previous: PageFormState, formData: FormData): Promise<PageFormState> {
  const { token } = await requirePageEditor();
  const values = readTextFields(formData, ['title', 'handle'] as const);
  const blank = requiredFieldErrors(values, { title: 'Enter a title.', handle: 'Enter a handle.' });
  if (blank) return { values, ...blank };
  let handle: string;
  try {
    const payload = await createPage(token, { title: values.title.trim(), handle: values.handle.trim(), blocks: [] });
    if (!payload.page || payload.userErrors.length) return refused(values, payload.userErrors);
    handle = payload.page.handle;
  } catch (error) {
    return failed(values, error);
  }
  redirect(`/studio/pages/${encodeURIComponent(handle)}`);
}

export async function duplicatePageAction(_previous: PageFormState, formData: FormData): Promise<PageFormState> {
  const { token } = await requirePageEditor();
  const id = String(formData.get('id') ?? '');
  const values = readTextFields(formData, ['handle'] as const);
  const blank = requiredFieldErrors(values, { handle: 'Enter a handle for the copy.' });
  if (blank) return { values, ...blank };
  let handle: string;
  try {
    const payload = await duplicatePage(token, id, values.handle.trim());
    if (!payload.page || payload.userErrors.length) return refused(values, payload.userErrors);
    handle = payload.page.handle;
  } catch (error) {
    return failed(values, error);
  }
  redirect(`/studio/pages/${encodeURIComponent(handle)}`);
}

export async function deletePageAction(_previous: PageFormState, formData: FormData): Promise<PageFormState> {
  const { token } = await requirePageEditor();
  const id = String(formData.get('id') ?? '');
  try {
    const payload = await deletePage(token, id);
    if (payload.userErrors.length) return refused({}, payload.userErrors);
  } catch (error) {
    return failed({}, error);
  }
  refresh();
  return { values: {}, fieldErrors: {}, message: { tone: 'success', text: 'Page deleted.' } };
}
