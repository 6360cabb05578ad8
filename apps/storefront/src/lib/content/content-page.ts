import type { ContentPageQuery } from '../graphql/generated/graphql';

/** A published page (or a draft in preview) with the blocks the storefront renders. */
export type ContentPage = NonNullable<ContentPageQuery['page']>;
export type ContentBlock = ContentPage['blocks'][number];

/** Handles as the content API makes them: lowercase letters, digits and dashes. */
export const PAGE_HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/** The home page is the page with this handle, when published. */
export const HOME_PAGE_HANDLE = 'home';
