import { describe, expect, it } from 'vitest';
import { Keyspace } from './memory-keyspace.js';

describe('Keyspace', () => {
  it('drops expired keys when touched, and the sweep drops the ones nobody touches', () => {
    let now = 0;
    const keyspace = new Keyspace(() => now);
    for (let i = 0; i < 10; i++) keyspace.set(`k${i}`, { type: 'string', value: 'v' }, { expiresAt: 100 });
    keyspace.set('forever', { type: 'string', value: 'v' });
    now = 100;
    expect(keyspace.get('k0')).toBeUndefined();
    expect(keyspace.held).toBe(10);
    keyspace.sweep(4);
    keyspace.sweep(4);
    expect(keyspace.held).toBe(2);
    keyspace.sweep(4);
    expect(keyspace.held).toBe(1);
    expect(keyspace.keys()).toEqual(['forever']);
  });
});
