import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from './log.js';

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
});
