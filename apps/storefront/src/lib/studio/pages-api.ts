import 'server-only';
import {
  PageCreateDocument,
  PageDeleteDocument,
  PageDuplicateDocument,
  PagePublishDocument,
  PageRevisionRestoreDocument,
  PageUnpublishDocument,
  PageUpdateDocument,
  StudioCollectionsDocument,
  StudioNodeTitlesDocument,
  StudioPageDocument,
  StudioPagesDocument,
  StudioProductSearchDocument,
  type PageInput,
  type StudioPageResultFragment,
} from '../graphql/generated/graphql';
import { studioRequest } from './studio-request';

// The studio's page calls, each with the signed-in staff member's token. Mutations return their
// payload as is (page + userErrors): the actions map the errors onto the form.

export type PageResult = StudioPageResultFragment;

export async function listPages(token: string) {
  const { pages } = await studioRequest(token, StudioPagesDocument, { first: 100 });
  return pages.nodes;
}

export async function getPageForEditing(token: string, handle: string) {
  const { page } = await studioRequest(token, StudioPageDocument, { handle });
  return page;
}

export async function createPage(token: string, input: PageInput): Promise<PageResult> {
  return (await studioRequest(token, PageCreateDocument, { input })).pageCreate;
}

export async function updatePage(token: string, id: string, input: PageInput): Promise<PageResult> {
  return (await studioRequest(token, PageUpdateDocument, { id, input })).pageUpdate;
}

export async function publishPage(token: string, id: string, publishAt: string | null): Promise<PageResult> {
  return (await studioRequest(token, PagePublishDocument, { id, publishAt })).pagePublish;
}

export async function unpublishPage(token: string, id: string): Promise<PageResult> {
  return (await studioRequest(token, PageUnpublishDocument, { id })).pageUnpublish;
}

export async function deletePage(token: string, id: string): Promise<PageResult> {
  return (await studioRequest(token, PageDeleteDocument, { id })).pageDelete;
}

export async function duplicatePage(token: string, id: string, handle: string): Promise<PageResult> {
  return (await studioRequest(token, PageDuplicateDocument, { id, handle })).pageDuplicate;
}

export async function restoreRevision(token: string, id: string, revisionId: string): Promise<PageResult> {
  return (await studioRequest(token, PageRevisionRestoreDocument, { id, revisionId })).pageRevisionRestore;
}

export async function searchProducts(token: string, query: string) {
  const { products } = await studioRequest(token, StudioProductSearchDocument, {
    query: query.trim() || null,
    first: 12,
  });
  return products.nodes;
}

export async function listCollections(token: string) {
  const { collections } = await studioRequest(token, StudioCollectionsDocument, {});
  return collections.nodes;
}

/** Titles of products and collections by id (unknown ids are left out). */
export async function getNodeTitles(token: string, ids: readonly string[]): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const { nodes } = await studioRequest(token, StudioNodeTitlesDocument, { ids: [...ids] });
  const titles: Record<string, string> = {};
  for (const node of nodes) if (node && 'title' in node) titles[node.id] = node.title;
  return titles;
}
