import 'server-only';
import { StaffMemberDocument, type StaffMemberQuery } from '../graphql/generated/graphql';
import { GraphQLRequestError, requestGraphQL } from '../graphql/request';

export type StaffMember = NonNullable<StaffMemberQuery['staffMember']>;

/** The staff member a token belongs to, or null when the gateway does not know it (expired, revoked, a shopper's). */
export async function getStaffMember(token: string): Promise<StaffMember | null> {
  try {
    const { staffMember } = await requestGraphQL(
      StaffMemberDocument,
      {},
      { headers: { authorization: `Bearer ${token}` } },
    );
    return staffMember;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.codes.includes('UNAUTHENTICATED')) return null;
    throw error;
  }
}
