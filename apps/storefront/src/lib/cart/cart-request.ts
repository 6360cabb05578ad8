import { z } from 'zod';

/**
 * What the browser may ask of `/api/cart`. Only the shape is checked here; quantities, ids and
 * codes are judged by the API, whose userErrors come back to the shopper as they are.
 */
export const cartRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add'), merchandiseId: z.string().min(1).max(200), quantity: z.number().int() }),
  z.object({ action: z.literal('update'), lineId: z.string().min(1).max(200), quantity: z.number().int() }),
  z.object({ action: z.literal('remove'), lineId: z.string().min(1).max(200) }),
  z.object({ action: z.literal('discount'), codes: z.array(z.string().max(64)).max(10) }),
]);

export type CartRequest = z.infer<typeof cartRequestSchema>;
