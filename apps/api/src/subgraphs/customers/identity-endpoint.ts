import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../platform/db/client.js';
import type { RouteHandler } from '../../platform/http/service-server.js';
import { IDENTITY_LOOKUP_AUDIENCE, verifyIdentity } from '../../platform/identity.js';
import { log } from '../../platform/log.js';
import { lookUpAccessToken } from './sessions.js';

const MAX_BODY_BYTES = 4096;

/**
 * `POST /internal/identity` with `{ token }` answers `{ identity, expiresAt }` (null for a token that does not
 * work). Only the gateway may ask: a request without its signature gets 401, so nobody else can
 * use this to test stolen or guessed tokens.
 */
export function createIdentityHandler(db: Db, gatewaySecret: string): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'POST') return json(res, 405, { error: 'POST only' });
    const raw = await readBody(req);
    if (!raw) return json(res, 413, { error: `The body is limited to ${MAX_BODY_BYTES} bytes.` });
    // The signature covers this body: a captured header cannot be reused to test other tokens.
    const verified = verifyIdentity(req.headers, gatewaySecret, IDENTITY_LOOKUP_AUDIENCE, {
      method: req.method,
      path: req.url ?? '/',
      body: raw,
    });
    if (!verified.ok) {
      log.warn('refused an identity lookup without a valid gateway signature', { reason: verified.reason });
      return json(res, 401, { error: 'Requests must come through the gateway.' });
    }
    const token = (parseJson(raw) as { token?: unknown } | null)?.token;
    if (typeof token !== 'string') return json(res, 400, { error: 'Expected a JSON body { "token": string }.' });
    const found = await lookUpAccessToken(db, token);
    json(res, 200, { identity: found?.identity ?? null, expiresAt: found?.expiresAt.toISOString() ?? null });
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
