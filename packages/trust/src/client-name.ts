/**
 * Names a client by a plain header (the GraphQL-over-HTTP convention). Never signed: the gateway
 * trusts it only to restrict the sender, letting a client that names a first-party app send only
 * trusted documents (docs/trusted-documents.md), so a forged name binds only its forger. A file
 * of its own, free of Node built-ins, because the storefront's browser code sends it too.
 */
export const CLIENT_NAME_HEADER = 'graphql-client-name';

/** The storefront's name, on its server's and its browser code's requests. */
export const STOREFRONT_CLIENT_NAME = 'commerce-storefront';
