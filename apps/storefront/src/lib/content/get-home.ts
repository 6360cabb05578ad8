import { HomePageDocument, type HomePageQuery } from '../graphql/generated/graphql';
import { requestGraphQL } from '../graphql/request';

export type HomeContent = HomePageQuery;

/** The merchandised default home page: new arrivals, best sellers, collections. */
export async function getHome(): Promise<HomeContent> {
  return requestGraphQL(HomePageDocument, {});
}
