import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GraphQLError } from 'graphql';

// graphql-js ends a message with a suggestion in three forms: `Did you mean "x"?`,
// `Did you mean "x" or "y"?` and `Did you mean the enum value "x"?`.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Armor's plugin strips suggestions from validation errors, but not the enum-value form, nor
 * the errors of variable coercion (`"$by" got invalid value "PRICEE" … Did you mean …?`), which
 * come from execution; this catches whatever reaches the response.
 */
function useNoSuggestionsInResults(): GatewayPlugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: readonly GraphQLError[] }).errors ?? [];
        for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
      }
    },
  };
}

/**
 * Outside development a misspelt name gets no "Did you mean …?": suggestions would reveal the
 * schema that disabled introspection hides. (Introspection itself is the runtime's
 * `disableIntrospection`; GraphiQL and developers keep both.)
 */
export function schemaPrivacyPlugins(development: boolean): GatewayPlugin[] {
  return development ? [] : [blockFieldSuggestionsPlugin({ mask: '' }) as GatewayPlugin, useNoSuggestionsInResults()];
}
