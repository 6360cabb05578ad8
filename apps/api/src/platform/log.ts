// JSON lines on stdout/stderr: one object per event, easy to ship and to grep. Every line names
// the service and the build's version; inside a request, also its request id and, when the caller
// sent a W3C traceparent, the trace, so one id finds a failed request in every service's logs.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingHttpHeaders } from 'node:http';
import { buildInfo } from './build-info.js';

type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold: Level = 'info';

export function setLogLevel(level: Level): void {
  threshold = level;
}

let processService: string | undefined;

/** The services this process runs (SERVICES), named on lines written outside any request. */
export function setLogService(services: string): void {
  processService = services;
}

interface RequestScope {
  service: string;
  // The request's own headers object, read when a line is written: the gateway assigns the
  // request id (ensureRequestId) after the request has entered its scope.
  headers: IncomingHttpHeaders | Record<string, string | undefined>;
}
const requestScope = new AsyncLocalStorage<RequestScope>();

/** Runs one request's handling so that every line it logs names its service, request and trace. */
export function inRequestScope<T>(service: string, headers: RequestScope['headers'], run: () => T): T {
  return requestScope.run({ service, headers }, run);
}

// https://www.w3.org/TR/trace-context/#traceparent-header: version-traceid-parentid-flags; an
// all-zero id is invalid. Only well-formed ids reach the log (they come from the caller).
const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-([\da-f]{16})-[\da-f]{2}$/;
const VALID_REQUEST_ID = /^[\w.-]{8,128}$/;

function scopeFields(): Record<string, unknown> {
  const scope = requestScope.getStore();
  if (!scope) return processService === undefined ? {} : { service: processService };
  const fields: Record<string, unknown> = { service: scope.service };
  const requestId = scope.headers['x-request-id'];
  if (typeof requestId === 'string' && VALID_REQUEST_ID.test(requestId)) fields.requestId = requestId;
  const trace = TRACEPARENT.exec(String(scope.headers.traceparent ?? ''));
  if (trace && !/^0+$/.test(trace[1]!) && !/^0+$/.test(trace[2]!)) {
    fields.traceId = trace[1];
    fields.spanId = trace[2];
  }
  return fields;
}

function write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  if (order[level] < order[threshold]) return;
  const entry: Record<string, unknown> = {
    time: new Date().toISOString(),
    level,
    message,
    version: buildInfo().version,
    ...scopeFields(),
  };
  for (const [key, value] of Object.entries(fields)) entry[key] = value instanceof Error ? describeError(value) : value;
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${JSON.stringify(entry)}\n`);
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};

// drizzle puts a failed statement's parameters in the error message ("params: …"): those can be
// emails, tokens or addresses, so they never reach the log. The statement and the cause stay.
function describeError(error: Error): Record<string, unknown> {
  const redact = (text: string | undefined) =>
    text?.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, '\nparams: [redacted]');
  const cause =
    error.cause instanceof Error
      ? { message: error.cause.message, code: (error.cause as { code?: string }).code }
      : undefined;
  return { name: error.name, message: redact(error.message), stack: redact(error.stack), cause };
}
