import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES, readSubgraphSdl, type SubgraphName } from './subgraphs.js';

/** The placeholder URL each subgraph gets in the supergraph; the gateway maps it to a real one. */
export function placeholderUrl(name: string): string {
  return `http://${name}.subgraph.internal/graphql`;
}

/**
 * Composes the subgraph SDL files into a supergraph (Federation v2).
 * Throws with every composition error listed, so CI shows them all at once.
 * `sdl` replaces a subgraph's file (the schema checks' tests compose mutated copies in memory).
 */
export function composeSupergraph(sdl: Partial<Record<SubgraphName, string>> = {}): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: placeholderUrl(name),
      typeDefs: parse(sdl[name] ?? readSubgraphSdl(name)),
    })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
