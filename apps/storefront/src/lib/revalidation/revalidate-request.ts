import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { isValidTag } from '../cache-tags';

const bodySchema = z.object({
  tags: z.array(z.string().refine(isValidTag, 'is not a cache tag such as `product:42`')).min(1).max(100),
});

export type RevalidateBody = z.infer<typeof bodySchema>;

export function parseRevalidateBody(
  json: unknown,
): { ok: true; body: RevalidateBody } | { ok: false; message: string } {
  const parsed = bodySchema.safeParse(json);
  if (parsed.success) return { ok: true, body: parsed.data };
  return {
    ok: false,
    message: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '),
  };
}

/** Constant-time comparison of `Authorization: Bearer <secret>`. */
export function isAuthorised(header: string | null, secret: string | undefined): boolean {
  if (!secret || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
