// What a client's tests need to check its operations against the schema being shipped. A separate
// entry point from index.ts: it loads federation's internals, which the storefront's bundle must not.
export { apiSchema, readApiSchema, readContract } from './api-schema.js';
export { checkOperations, readOperationFiles, type OperationFile } from './operation-check.js';
export { composeSupergraph } from './compose.js';
