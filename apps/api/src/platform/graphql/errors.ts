import { GraphQLError } from 'graphql';
import { DatabaseBusyError } from '../db/statement-gate.js';

// The one place that builds client-facing GraphQL errors. Codes follow the contract:
// BAD_USER_INPUT for arguments a client can fix, UNAUTHENTICATED/FORBIDDEN for access.
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DATABASE_BUSY' | 'INTERNAL_SERVER_ERROR';

export function userInputError(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, ...(argument ? { argumentName: argument } : {}) },
  });
}

/** True for errors written for clients; anything else is an internal fault and gets masked. */
export function isClientError(error: unknown): boolean {
  const code = (error as GraphQLError | undefined)?.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}

/** The operation needs a signed-in caller and there is none (or the token no longer works). */
export function unauthenticatedError(message = 'Sign in to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' satisfies ErrorCode } });
}

/** The caller is signed in but may not do this. */
export function forbiddenError(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' satisfies ErrorCode } });
}

/**
 * The statement gate refused a statement (somewhere in the error's causes: the ORM wraps it):
 * the database's pool and queue are full. Not a fault of the request, and over in a moment, so
 * the client is told so, by a code it can retry on, rather than an internal error.
 */
export function databaseBusyErrorOf(error: unknown): GraphQLError | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    if (cause instanceof DatabaseBusyError) {
      return new GraphQLError('The shop is very busy right now; try again in a moment.', {
        extensions: { code: 'DATABASE_BUSY' satisfies ErrorCode },
      });
    }
  }
  return null;
}
