import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from './memory-backend.js';
import { describeRedisContract } from './redis-contract.js';

describeRedisContract('memory backend', async () => createMemoryBackend());

describe('memory backend', () => {
  it('answers with Redis wording for errors', async () => {
    const backend = createMemoryBackend();
    await expect(backend.run(['GET'])).rejects.toThrow("ERR wrong number of arguments for 'get' command");
    await expect(backend.run(['NOPE', 'x'])).rejects.toThrow("ERR unknown command 'NOPE'");
    await expect(backend.run(['SET', 'k', 'v', 'EX', '0'])).rejects.toThrow("ERR invalid expire time in 'set' command");
    await expect(backend.run(['SET', 'k', 'v', 'NX', 'XX'])).rejects.toThrow('ERR syntax error');
    await backend.run(['SADD', 's', 'a']);
    await expect(backend.run(['HGET', 's', 'f'])).rejects.toThrow(
      'WRONGTYPE Operation against a key holding the wrong kind of value',
    );
    await backend.run(['SET', 'n', '9223372036854775806']);
    await backend.run(['INCR', 'n']);
    expect(await backend.run(['GET', 'n'])).toBe('9223372036854775807');
    await expect(backend.run(['INCR', 'n'])).rejects.toThrow('ERR increment or decrement would overflow');
    await backend.close();
  });

  it('expires keys and keeps or replaces their TTL like Redis', async () => {
    let now = 1_000_000;
    const backend = createMemoryBackend({ now: () => now, sweepEveryMs: 60_000 });
    await backend.run(['SET', 'a', '1', 'PX', '100']);
    await backend.run(['SET', 'b', '1', 'KEEPTTL']);
    await backend.run(['EXPIRE', 'b', '10', 'NX']);
    expect(await backend.run(['EXPIRE', 'b', '5', 'GT'])).toBe(0);
    expect(await backend.run(['PTTL', 'a'])).toBe(100);
    now += 100;
    expect(await backend.run(['EXISTS', 'a', 'b'])).toBe(1);
    expect(await backend.run(['TTL', 'b'])).toBe(10);
    expect(await backend.run(['SET', 'b', '2', 'KEEPTTL', 'GET'])).toBe('1');
    expect(await backend.run(['TTL', 'b'])).toBe(10);
    await backend.close();
  });

  it('converts Lua values the way Redis does', async () => {
    const backend = createMemoryBackend();
    const evaluate = (script: string, ...args: string[]) => backend.run(['EVAL', script, '0', ...args]);
    expect(await evaluate("return {1, 2.9, -2.9, true, 'x', {ok='OK'}, {nested={1}}, {'a', nil, 'b'}}")).toEqual([
      1,
      2,
      -2,
      1,
      'x',
      'OK',
      [],
      ['a'],
    ]);
    expect(await evaluate('return {1, false, 3}')).toEqual([1, null, 3]);
    expect(await evaluate("return redis.call('GET', 'missing') == false")).toBe(1);
    expect(await evaluate("return redis.pcall('NOPE')['err']")).toMatch(/^ERR unknown command/);
    expect(await evaluate("local t = redis.call('HGETALL', 'none'); return #t")).toBe(0);
    expect(await evaluate('return redis.sha1hex(ARGV[1])', 'abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(await evaluate('return unpack({ARGV[1], ARGV[2]})', 'first', 'second')).toBe('first');
    await expect(evaluate("return {err='CUSTOM failure'}")).rejects.toThrow('CUSTOM failure');
    await expect(evaluate("error('boom')")).rejects.toThrow('user_script:1: boom');
    await expect(evaluate('undefined_global = 1')).rejects.toThrow('readonly table');
    await expect(evaluate("return os.execute('true')")).rejects.toThrow();
    await expect(evaluate('return (')).rejects.toThrow('Error compiling script');
    await expect(evaluate('#!lua flags=made-up\nreturn 1')).rejects.toThrow(
      'Unexpected flag in script shebang: made-up',
    );
    await expect(backend.run(['EVAL', 'return 1', '2', 'k'])).rejects.toThrow(
      "Number of keys can't be greater than number of args",
    );
    await expect(evaluate("return redis.call('EVAL', 'return 1', '0')")).rejects.toThrow('not allowed from script');
    await backend.close();
  });

  it('matches KEYS and SCAN patterns like Redis globs', async () => {
    const backend = createMemoryBackend();
    await backend.run(['MSET', 'user:1', 'a', 'user:22', 'b', 'order:1', 'c', 'h[x]', 'd']);
    expect(((await backend.run(['KEYS', 'user:?'])) as string[]).sort()).toEqual(['user:1']);
    expect(((await backend.run(['KEYS', '[uo]*:1'])) as string[]).sort()).toEqual(['order:1', 'user:1']);
    expect(await backend.run(['KEYS', 'h\\[x\\]'])).toEqual(['h[x]']);
    expect(await backend.run(['SCAN', '0', 'MATCH', '*:2*', 'COUNT', '1'])).toEqual(['0', ['user:22']]);
    await backend.close();
  });
});
