import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisBridge, type RedisBridge } from './bridge-server.js';
import { createMemoryBackend } from './memory-backend.js';

describe('Upstash REST bridge protocol', () => {
  const token = 'a-token-long-enough-for-tests';
  const backend = createMemoryBackend();
  let bridge: RedisBridge;
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${bridge.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body });
  const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

  beforeAll(async () => {
    bridge = await startRedisBridge({ backend, token, maxBodyBytes: 1024 });
  });
  afterAll(async () => {
    await bridge.close();
    await backend.close();
  });

  it('requires the bearer token', async () => {
    expect(await answer(await fetch(bridge.url, { method: 'POST', body: '["PING"]' }))).toEqual({
      status: 401,
      body: { error: 'Unauthorized' },
    });
    const wrong = await fetch(bridge.url, {
      method: 'POST',
      headers: { authorization: 'Bearer nope' },
      body: '["PING"]',
    });
    expect(wrong.status).toBe(401);
  });

  it('runs commands, pipelines and transactions as JSON', async () => {
    expect(await answer(await post('/', '["SET","k",12]'))).toEqual({ status: 200, body: { result: 'OK' } });
    expect(await answer(await post('/', '["GET","k"]'))).toEqual({ status: 200, body: { result: '12' } });
    expect(await answer(await post('/', '["GET","k"]', { 'upstash-encoding': 'base64' }))).toEqual({
      status: 200,
      body: { result: 'MTI=' },
    });
    expect(
      await answer(
        await post('/pipeline', '[["INCR","k"],["HGET","k","f"],["MGET","k","none"]]', {
          'upstash-encoding': 'base64',
        }),
      ),
    ).toEqual({
      status: 200,
      body: [
        { result: 13 },
        { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' },
        { result: ['MTM=', null] },
      ],
    });
    expect(await answer(await post('/multi-exec', '[["INCR","k"],["GET","k"]]'))).toEqual({
      status: 200,
      body: [{ result: 14 }, { result: '14' }],
    });
    expect(await answer(await post('/multi-exec', '[["INCR","k"],["NOPE"]]'))).toEqual({
      status: 400,
      body: { error: 'EXECABORT Transaction discarded because of previous errors.' },
    });
  });

  it('accepts the URL form of a command, as Upstash does', async () => {
    expect(await answer(await post('/set/path%20key', 'value from body'))).toEqual({
      status: 200,
      body: { result: 'OK' },
    });
    const read = await fetch(`${bridge.url}/get/path%20key`, { headers: { authorization: `Bearer ${token}` } });
    expect(await answer(read)).toEqual({ status: 200, body: { result: 'value from body' } });
  });

  it('answers bad input with 4xx and keeps serving', async () => {
    expect(await answer(await post('/', '{not json'))).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('not valid JSON') },
    });
    expect((await post('/', '{"command":"GET"}')).status).toBe(400);
    expect((await post('/', '[]')).status).toBe(400);
    expect((await post('/', '["SET","k",{"nested":true}]')).status).toBe(400);
    expect((await post('/pipeline', '["GET","k"]')).status).toBe(400);
    expect(await answer(await post('/', '["GET"]'))).toEqual({
      status: 400,
      body: { error: "ERR wrong number of arguments for 'get' command" },
    });
    expect((await post('/', JSON.stringify(['SET', 'big', 'x'.repeat(2000)]))).status).toBe(413);
    expect(
      (await fetch(bridge.url, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: '["PING"]' }))
        .status,
    ).toBe(405);
    expect(await answer(await post('/', '["PING"]'))).toEqual({ status: 200, body: { result: 'PONG' } });
  });
});
