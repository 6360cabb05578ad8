import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildInfo } from './build-info.js';
import { inRequestScope, log, setLogService } from './log.js';

describe('log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one JSON line and keeps SQL parameters out of it', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const error = new Error(
      'Failed query: select * from customers where email = $1\nparams: jane@example.com,secret-token',
      {
        cause: Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }),
      },
    );
    log.error('lookup failed', { requestId: 'r-1', error });
    const line = String(write.mock.calls[0]?.[0]);
    expect(line.endsWith('\n')).toBe(true);
    const entry = JSON.parse(line);
    expect(entry).toMatchObject({ level: 'error', message: 'lookup failed', requestId: 'r-1' });
    expect(entry.error.message).toContain('select * from customers');
    expect(entry.error.cause).toEqual({ message: 'connection refused', code: 'ECONNREFUSED' });
    expect(line).not.toContain('jane@example.com');
    expect(line).not.toContain('secret-token');
  });

  const lastLine = (write: { mock: { calls: unknown[][] } }) =>
    JSON.parse(String(write.mock.calls.at(-1)?.[0])) as Record<string, unknown>;

  it("names the process's services and the build's version on every line", () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    setLogService('catalog');
    log.info('started');
    expect(lastLine(write)).toMatchObject({ service: 'catalog', version: buildInfo().version });
    expect(lastLine(write)).not.toHaveProperty('requestId');
  });

  it('inside a request, names its service, request id and (with a W3C traceparent) its trace', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    setLogService('gateway,catalog');
    const headers: Record<string, string> = { 'x-request-id': 'req-12345678' };
    await inRequestScope('catalog', headers, async () => {
      await Promise.resolve();
      log.info('inside');
    });
    expect(lastLine(write)).toMatchObject({ service: 'catalog', requestId: 'req-12345678' });
    expect(lastLine(write)).not.toHaveProperty('traceId');

    headers.traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    // The gateway assigns the request id inside its handler: read when logging, not when entering.
    headers['x-request-id'] = 'req-assigned-later';
    await inRequestScope('catalog', headers, () => log.info('traced'));
    expect(lastLine(write)).toMatchObject({
      requestId: 'req-assigned-later',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
    });

    headers.traceparent = '00-00000000000000000000000000000000-00f067aa0ba902b7-01';
    await inRequestScope('catalog', headers, () => log.info('invalid trace'));
    expect(lastLine(write)).not.toHaveProperty('traceId');

    log.info('outside');
    expect(lastLine(write)).toMatchObject({ service: 'gateway,catalog' });
    expect(lastLine(write)).not.toHaveProperty('requestId');
  });
});
