export { FIRST_PARTY_HEADER, FIRST_PARTY_MAX_AGE_MS, signFirstPartyClient, verifyFirstPartyClient } from './first-party-client';
