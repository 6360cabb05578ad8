import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log } from '../log.js';
import { RedisReplyError, type RedisBackend } from './backend.js';
import { BridgeRequestError, createTokenCheck, readBody, sendJson } from './bridge-http.js';
import { checkCommand, type BridgeClient } from './bridge-policy.js';
import { encodeOutcomes, encodeReply, parseCommand, parseCommands, parsePathCommand } from './bridge-protocol.js';

export interface RedisBridgeOptions {
  backend: RedisBackend;
  /** Clients must send `Authorization: Bearer <token>`; this one reaches every key. */
  token: string;
  /** More credentials, each limited to its key prefixes (the storefront's, say). */
  clients?: BridgeClient[];
  /**
   * SHA-1s of the scripts EVAL, EVALSHA and SCRIPT LOAD may run; with it, admin commands are
   * refused too. Without it (the in-process bridge, whose token never leaves the process)
   * everything the backend allows runs.
   */
  scripts?: Set<string>;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Largest request body accepted, in bytes (default 10 MiB). */
  maxBodyBytes?: number;
}

export interface RedisBridge {
  /** Base URL for `new Redis({ url, token })`. */
  url: string;
  /** Stops serving (requests in flight get two seconds); the backend stays open, it is the caller's. */
  close(): Promise<void>;
}

/**
 * Serves the Upstash REST protocol as @upstash/redis speaks it: POST `/` runs one command and
 * answers `{ result }`, POST `/pipeline` answers `[{ result } | { error }]`, POST `/multi-exec`
 * runs the same atomically. A Redis error answers 400 `{ error }`, as Upstash does.
 */
export async function startRedisBridge(options: RedisBridgeOptions): Promise<RedisBridge> {
  if (!options.token) throw new Error('The Redis bridge needs a token.');
  const { backend } = options;
  const clients = [{ token: options.token }, ...(options.clients ?? [])].map((client) => ({
    client,
    matches: createTokenCheck(client.token),
  }));
  // Every token is compared (in constant time), so timing does not tell which one nearly matched.
  const clientOf = (header: string | undefined) =>
    clients.reduce<BridgeClient | null>(
      (found, { client, matches }) => (matches(header) && !found ? client : found),
      null,
    );
  const allowed = (commands: string[][], client: BridgeClient) => {
    if (options.scripts) for (const command of commands) checkCommand(command, client, options.scripts);
    else if (client.keyPrefixes) for (const command of commands) checkCommand(command, client, new Set());
    return commands;
  };
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const client = clientOf(request.headers.authorization);
    if (!client) throw new BridgeRequestError(401, 'Unauthorized');
    if (request.method !== 'POST' && request.method !== 'GET')
      throw new BridgeRequestError(405, 'ERR only GET and POST are served');
    const body = await readBody(request, maxBodyBytes);
    const base64 = request.headers['upstash-encoding']?.toString().toLowerCase() === 'base64';
    const { pathname } = new URL(request.url ?? '/', 'http://bridge');
    if (pathname === '/pipeline' || pathname === '/multi-exec') {
      const commands = allowed(parseCommands(body), client);
      const outcomes =
        pathname === '/pipeline' ? await backend.pipeline(commands) : await backend.transaction(commands);
      sendJson(response, 200, encodeOutcomes(outcomes, base64));
      return;
    }
    const [command] = allowed([pathname === '/' ? parseCommand(body) : parsePathCommand(pathname, body)], client) as [
      string[],
    ];
    sendJson(response, 200, { result: encodeReply(await backend.run(command), base64) });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.destroy();
      if (error instanceof RedisReplyError) return sendJson(response, 400, { error: error.message });
      if (error instanceof BridgeRequestError)
        return sendJson(response, error.status, { error: error.message }, error.status === 413);
      log.error('redis bridge request failed', { error });
      sendJson(response, 500, { error: `ERR ${error instanceof Error ? error.message : String(error)}` });
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Exclusive: in a cluster worker (src/cluster/) a process's own bridge is its own, never a port
    // shared with the other workers through the primary, as a port-0 listen would otherwise be.
    server.listen({ port: options.port ?? 0, host, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Requests in flight get a moment to finish; then their sockets are cut.
        const cut = setTimeout(() => server.closeAllConnections(), 2000);
        server.close((error) => {
          clearTimeout(cut);
          if (error) reject(error);
          else resolve();
        });
        // Idle keep-alive sockets from clients would otherwise hold close() open.
        server.closeIdleConnections();
      }),
  };
}
