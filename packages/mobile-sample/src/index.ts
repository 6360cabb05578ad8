export {
  CLIENT_NAME_HEADER,
  CLIENT_VERSION_HEADER,
  MOBILE_SAMPLE_CLIENT_NAME,
  MobileGraphQLError,
  createMobileClient,
  documentIdOf,
  type Execute,
  type MobileClientOptions,
} from './client.js';
export * from './generated/graphql.js';
