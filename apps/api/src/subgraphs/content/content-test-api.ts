import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Identity, StaffRole } from '../../platform/identity.js';
import { signedLikeGateway } from '../../test/sign-like-gateway.js';
import { graphql, type GraphQLResponse, type TestStack } from '../../test/stack.js';

// Helpers for the content integration tests: calls straight to the content subgraph, signed as
// the gateway signs for each kind of caller, and through the gateway as clients call.

export const staff = (...roles: StaffRole[]): Identity => ({ kind: 'staff', staffId: 1, roles });
export const MARKETER = staff('MARKETER');
export const CUSTOMER: Identity = { kind: 'customer', customerId: 1 };

export const uniqueHandle = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;

export interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

export const PAGE_FIELDS = `id handle title status publishedAt publishAt updatedBy hasUnpublishedChanges variant experimentSplit
  seo { title description }
  blocks {
    __typename
    ... on HeroBlock { heroHeading: heading subheading ctaLabel ctaUrl image { id url altText } }
    ... on RichTextBlock { html }
    ... on ProductGridBlock { heading products { id } }
    ... on CollectionBlock { heading limit collection { id } }
    ... on BannerBlock { text url tone }
  }`;

export interface PageShape {
  id: string;
  handle: string;
  title: string;
  status: string;
  publishedAt: string | null;
  publishAt: string | null;
  updatedBy: string | null;
  hasUnpublishedChanges: boolean;
  variant: string | null;
  experimentSplit: number | null;
  seo: { title: string | null; description: string | null };
  blocks: Array<Record<string, unknown> & { __typename: string }>;
}

export interface PagePayload {
  page: PageShape | null;
  userErrors: UserError[];
}

export function contentClient(api: TestStack) {
  /** Straight to the content subgraph, signed like the gateway signs for `identity`. */
  function as<T = Record<string, unknown>>(
    identity: Identity | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const url = `${api.stack.url('content')}/graphql`;
    return graphql<T>(
      url,
      query,
      variables,
      signedLikeGateway(url, { query, variables }, identity, api.stack.gatewaySecret, { audience: 'content' }),
    );
  }

  /** Runs a page mutation as a marketer and returns its payload (no GraphQL errors allowed). */
  async function mutate(name: string, args: string, variables: Record<string, unknown>, identity = MARKETER) {
    const response = await as<Record<string, PagePayload>>(
      identity,
      `mutation(${args}) { ${name}(${argList(args)}) { page { ${PAGE_FIELDS} } userErrors { field message code } } }`,
      variables,
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data![name]!;
  }

  async function createPage(input: Record<string, unknown>): Promise<PageShape> {
    const payload = await mutate('pageCreate', '$input: PageInput!', { input });
    expect(payload.userErrors).toEqual([]);
    return payload.page!;
  }

  async function publish(id: string, publishAt?: string) {
    return mutate('pagePublish', '$id: ID!, $publishAt: DateTime', { id, publishAt: publishAt ?? null });
  }

  return { as, mutate, createPage, publish };
}

/** `$id: ID!, $input: PageInput!` → `id: $id, input: $input`. */
function argList(declarations: string): string {
  return declarations
    .split(',')
    .map((part) => part.trim().split(':')[0]!.slice(1))
    .map((name) => `${name}: $${name}`)
    .join(', ');
}

export const codes = (response: GraphQLResponse) => response.errors?.map((error) => error.extensions?.code);
