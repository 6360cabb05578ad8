import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from './mail-catcher.js';

let catcher: MailCatcher;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mail-catcher-'));
  catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0, dir });
});
afterAll(async () => {
  await catcher.stop();
  await rm(dir, { recursive: true, force: true });
});

/** A bare SMTP conversation: the catcher must accept what any client sends. */
function sendRaw(smtpUrl: string, to: string, message: string): Promise<void> {
  const { hostname, port } = new URL(smtpUrl);
  const commands = ['EHLO test', 'MAIL FROM:<shop@example.test>', `RCPT TO:<${to}>`, 'DATA', `${message}\r\n.`, 'QUIT'];
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let buffer = '';
    socket.on('data', (data) => {
      buffer += data.toString();
      // Each complete reply (last line "NNN ") gets the next command.
      while (/^\d{3} .*\r\n/m.test(buffer)) {
        const line = /^(\d{3}) .*\r\n/m.exec(buffer)!;
        buffer = buffer.slice(line.index + line[0].length);
        if (Number(line[1]) >= 400) return reject(new Error(line[0]));
        const next = commands.shift();
        if (next) socket.write(`${next}\r\n`);
      }
    });
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

it('keeps a message as .eml and JSON, lists it, and hands it to a waiter', async () => {
  const waiting = catcher.waitForMail('Buyer@Example.test', /Order #1001/);
  await sendRaw(
    catcher.smtpUrl,
    'buyer@example.test',
    [
      'From: Shop <shop@example.test>',
      'To: buyer@example.test',
      'Subject: Order #1001 confirmed',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Thanks <for> your order',
      '--b',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Thanks <b>for</b> your order</p><script>alert(1)</script>',
      '--b--',
    ].join('\r\n'),
  );
  const mail = await waiting;
  expect(mail).toMatchObject({ to: ['buyer@example.test'], subject: 'Order #1001 confirmed' });
  expect(mail.text).toContain('Thanks <for> your order');
  expect(mail.html).toContain('<b>for</b>');
  expect((await readdir(dir)).sort()).toEqual([`${mail.id}.eml`, `${mail.id}.json`]);

  const listing = await fetch(catcher.httpUrl).then((response) => response.text());
  expect(listing).toContain('Order #1001 confirmed');
  expect(listing).toContain('Thanks &lt;for&gt; your order');
  const html = await fetch(`${catcher.httpUrl}/messages/${mail.id}/html`);
  expect(html.headers.get('content-security-policy')).toBe('sandbox');
  const json = await fetch(`${catcher.httpUrl}/messages.json`).then((response) => response.json());
  expect(json).toHaveLength(1);
});

it('gives up waiting with a clear error', async () => {
  await expect(catcher.waitForMail('nobody@example.test', 'never', 300)).rejects.toThrow(/no mail to nobody/);
});
