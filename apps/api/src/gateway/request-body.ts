import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Largest request body the gateway reads. A document is capped at 3,000 tokens (about 30 KB of
 * text, limits.ts) and variables are ids and inputs, so real requests stay far below this.
 */
export const MAX_REQUEST_BYTES = 100 * 1024;

/**
 * Reads a POST body up to MAX_REQUEST_BYTES before the gateway parses anything, and refuses:
 * - a larger body with 413 (at once when Content-Length says so, else as soon as it passes);
 * - a JSON array (a batch of operations, each priced alone, so a batch would multiply every
 *   limit) with 400 BATCHING_NOT_SUPPORTED.
 * - a body that is not valid JSON (when it says it is) with 400 BAD_REQUEST.
 * Returns false when it answered; otherwise the body (parsed, when JSON) is left on `req.body`,
 * where Hive Gateway's HTTP layer (@whatwg-node/server) takes it instead of the consumed stream.
 */
export async function acceptRequestBody(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'POST') return true;
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_REQUEST_BYTES) return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  if (/^\s*\[/.test(body.subarray(0, 64).toString('latin1'))) {
    return refuse(
      req,
      res,
      400,
      'BATCHING_NOT_SUPPORTED',
      'Send one operation per request; batches are not supported.',
    );
  }
  if (!String(req.headers['content-type'] ?? '').includes('json')) {
    (req as IncomingMessage & { body?: unknown }).body = body;
    return true;
  }
  // Parsed here, once: the HTTP layer takes the object as the body, and a parse error is ours to
  // word (its own would echo the body and the parser's message back).
  try {
    (req as IncomingMessage & { body?: unknown }).body = JSON.parse(body.toString('utf8'));
  } catch {
    return refuse(req, res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
  return true;
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): false {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  // Discard the rest, so the client reads this answer rather than a reset connection; the
  // server's request timeout bounds how long that can take.
  req.resume();
  return false;
}
