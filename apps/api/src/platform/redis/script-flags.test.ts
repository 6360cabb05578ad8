import { describe, expect, it } from 'vitest';
import { createScriptTranslator, stripUpstashFlags } from './script-flags.js';

describe('Upstash-only script flags', () => {
  it('drops allow-key-locking and keeps the flags Redis knows', () => {
    expect(stripUpstashFlags('#!lua flags=allow-key-locking\nreturn 1')).toBe('#!lua\nreturn 1');
    expect(stripUpstashFlags('#!lua flags=no-writes,allow-key-locking\nreturn 1')).toBe(
      '#!lua flags=no-writes\nreturn 1',
    );
    expect(stripUpstashFlags('return 1')).toBe('return 1');
  });

  it('answers with the SHA the client computed from its own text', () => {
    const scripts = createScriptTranslator();
    const original = '#!lua flags=allow-key-locking\nreturn 1';
    const sha = '9b9a4f7e1d9e1c5b3e1e0b5d4b0f9bd3b6b3c2a1';
    const load = ['SCRIPT', 'LOAD', original];
    expect(scripts.command(load)).toEqual(['SCRIPT', 'LOAD', '#!lua\nreturn 1']);
    const clientSha = scripts.reply(load, sha) as string;
    expect(clientSha).not.toBe(sha);
    expect(scripts.command(['EVALSHA', clientSha, '0'])[1]).not.toBe(clientSha);
    expect(scripts.command(['EVALSHA', 'unknown', '0'])).toEqual(['EVALSHA', 'unknown', '0']);
  });
});
