import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Identity } from '../platform/identity.js';
import { signedLikeGateway } from './sign-like-gateway.js';
import type { Stack } from '../stack.js';
import { graphql, useTestStack, type GraphQLResponse } from './stack.js';

// Helpers for the customers integration tests: calls through the gateway (as clients do) and
// straight to the subgraph with a gateway-signed identity (as the gateway does).

export const PASSWORD = 'correct horse battery staple';

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@Example.com`;
/** A fresh address from the IPv6 documentation range, so per-IP limits start empty. */
export const uniqueIp = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;

export const CUSTOMER_FIELDS = `id email firstName lastName displayName createdAt
  defaultAddress { id address1 }
  addresses(first: 10) { nodes { id address1 city countryCode } pageInfo { hasNextPage } }`;

export interface CustomerShape {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  createdAt: string;
  defaultAddress: { id: string; address1: string } | null;
  addresses: {
    nodes: Array<{ id: string; address1: string; city: string; countryCode: string }>;
    pageInfo: { hasNextPage: boolean };
  };
}

export interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

export function customersClient(stack: Stack) {
  const gatewayUrl = `${stack.url('gateway')}/graphql`;
  const subgraphUrl = `${stack.url('customers')}/graphql`;
  const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

  /** Through the gateway, optionally signed in with a token. */
  function gateway<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = null,
  ): Promise<GraphQLResponse<T>> {
    return graphql<T>(gatewayUrl, query, variables, bearer(token));
  }

  /** Straight to the subgraph, signed like the gateway signs. */
  function subgraph<T>(
    query: string,
    variables: Record<string, unknown> = {},
    caller: { identity?: Identity | null; clientIp?: string | null } = {},
  ): Promise<GraphQLResponse<T>> {
    return graphql<T>(
      subgraphUrl,
      query,
      variables,
      signedLikeGateway(subgraphUrl, { query, variables }, caller.identity ?? null, stack.gatewaySecret, {
        audience: 'customers',
        clientIp: caller.clientIp ?? uniqueIp(),
      }),
    );
  }

  async function createCustomer(input: Record<string, unknown>): Promise<CustomerShape> {
    const response = await gateway<{ customerCreate: { customer: CustomerShape | null; userErrors: UserError[] } }>(
      `mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { ${CUSTOMER_FIELDS} } userErrors { field message code } } }`,
      { input: { password: PASSWORD, ...input } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.customerCreate.userErrors).toEqual([]);
    return response.data!.customerCreate.customer!;
  }

  /** One sign-in attempt straight to the subgraph, from `clientIp` (a fresh address by default). */
  async function attemptSignIn(
    email: string,
    password: string,
    options: { clientIp?: string; kind?: 'customer' | 'staff' } = {},
  ): Promise<{ token: { accessToken: string; expiresAt: string } | null; userErrors: UserError[] }> {
    const staff = options.kind === 'staff';
    const field = staff ? 'staffAccessTokenCreate' : 'customerAccessTokenCreate';
    const tokenField = staff ? 'staffAccessToken' : 'customerAccessToken';
    const response = await subgraph<Record<string, Record<string, unknown>>>(
      `mutation($input: ${staff ? 'StaffAccessTokenCreateInput' : 'CustomerAccessTokenCreateInput'}!) {
        ${field}(input: $input) { ${tokenField} { accessToken expiresAt } userErrors { field message code } }
      }`,
      { input: { email, password } },
      { clientIp: options.clientIp ?? uniqueIp() },
    );
    expect(response.errors).toBeUndefined();
    const payload = response.data![field]!;
    return {
      token: payload[tokenField] as { accessToken: string; expiresAt: string } | null,
      userErrors: payload.userErrors as UserError[],
    };
  }

  async function signIn(email: string, password = PASSWORD): Promise<string> {
    const { token, userErrors } = await attemptSignIn(email, password);
    expect(userErrors).toEqual([]);
    return token!.accessToken;
  }

  async function me(token: string | null): Promise<CustomerShape | null> {
    const response = await gateway<{ customer: CustomerShape | null }>(
      `{ customer { ${CUSTOMER_FIELDS} } }`,
      {},
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.customer;
  }

  return { gateway, subgraph, createCustomer, attemptSignIn, signIn, me, gatewayUrl, subgraphUrl };
}

export const idOf = (globalId: string) => Number(globalId.split('/').pop());

export type CustomersClient = ReturnType<typeof customersClient>;

/** A stack for the enclosing file (see useTestStack) with a customers client on it. */
export function useCustomersClient(overrides: Record<string, string> = {}): {
  readonly stack: Stack;
  readonly client: CustomersClient;
} {
  const api = useTestStack(overrides);
  let client: CustomersClient | undefined;
  return {
    get stack() {
      return api.stack;
    },
    get client() {
      return (client ??= customersClient(api.stack));
    },
  };
}
