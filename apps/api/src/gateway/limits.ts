import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';

// Operation limits, checked before planning. A storefront product page query is ~300 tokens and
// depth 8 (collection → products → edges → node → variants → edges → node → price); these leave
// room for rich queries while refusing documents built to exhaust the parser or the planner.
export const LIMITS = { maxTokens: 3000, maxDepth: 12, maxAliases: 30 } as const;

export function limitPlugins() {
  return [
    maxTokensPlugin({ n: LIMITS.maxTokens }),
    maxDepthPlugin({ n: LIMITS.maxDepth, flattenFragments: true }),
    maxAliasesPlugin({ n: LIMITS.maxAliases }),
  ];
}
