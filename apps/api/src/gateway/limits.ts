import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';

// Operation limits, checked before planning. A storefront product page query is ~300 tokens and
// depth 8 (collection → products → edges → node → variants → edges → node → price); these leave
// room for rich queries while refusing documents built to exhaust the parser or the planner.
export const LIMITS = { maxTokens: 3000, maxDepth: 12, maxAliases: 30 } as const;

export type LimitCode = 'MAX_TOKENS_EXCEEDED' | 'MAX_DEPTH_EXCEEDED' | 'MAX_ALIASES_EXCEEDED';

// Plain messages without the limit or the count found ("Token limit of 3000 exceeded, found
// 4001" tells an attacker exactly how far to go); the code tells a client which limit it hit.
const MESSAGES: Record<LimitCode, string> = {
  MAX_TOKENS_EXCEEDED: 'The operation has too many tokens.',
  MAX_DEPTH_EXCEEDED: 'The operation exceeds the maximum depth.',
  MAX_ALIASES_EXCEEDED: 'The operation uses too many aliases.',
};

/**
 * GraphQL Armor reports a limit as "Syntax Error: …" with no code; clients (and the contract)
 * need a code to tell a limit from a typo, so each rejection gets one and a plain message.
 */
function coded(code: LimitCode) {
  return {
    exposeLimits: false,
    errorMessage: MESSAGES[code],
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        error.message = error.message.replace(/^Syntax Error: /, '');
        Object.assign(error.extensions, { code });
      },
    ],
  };
}

export function limitPlugins() {
  return [
    maxTokensPlugin({ n: LIMITS.maxTokens, ...coded('MAX_TOKENS_EXCEEDED') }),
    maxDepthPlugin({ n: LIMITS.maxDepth, flattenFragments: true, ...coded('MAX_DEPTH_EXCEEDED') }),
    maxAliasesPlugin({ n: LIMITS.maxAliases, ...coded('MAX_ALIASES_EXCEEDED') }),
  ];
}
