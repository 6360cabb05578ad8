import { GraphQLError } from 'graphql';
import { AdmissionTimeoutError } from '../admission.js';
import { completeCheckout } from '../complete-checkout.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { startCheckout } from '../start-checkout.js';
import { updateCheckout } from '../update-checkout.js';

/** A request that found no turn in time is told to come back, not failed as a fault. */
async function admitted<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AdmissionTimeoutError)
      throw new GraphQLError('Checkout is busy right now; try again in a moment.', {
        extensions: { code: 'THROTTLED' },
      });
    throw error;
  }
}

export const Mutation = {
  // Start and update wait their turn as a whole; complete only for its two transactions, never
  // across the charge (a slow provider must not hold a turn).
  checkoutStart: (_parent, { cartId }, context) =>
    admitted(() => context.services.admission.run(() => startCheckout(context, cartId))),
  checkoutUpdate: (_parent, { checkoutId, input }, context) =>
    admitted(() => context.services.admission.run(() => updateCheckout(context, checkoutId, input))),
  checkoutComplete: (_parent, args, context) => admitted(() => completeCheckout(context, args)),
} satisfies MutationResolvers;
