export { SUBGRAPH_NAMES, readSubgraphSdl, subgraphPath, supergraphPath, type SubgraphName } from './subgraphs.js';
export { composeSupergraph, placeholderUrl } from './compose.js';
