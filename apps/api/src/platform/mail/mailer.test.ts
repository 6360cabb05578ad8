import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMailer } from './mailer.js';

// A receiving SMTP server in this process (the API never imports the dev tooling's catcher).
const received: { rcpt: string[]; mail: ParsedMail }[] = [];
let server: SMTPServer;
let smtpUrl: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ rcpt: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('delivers one message with its HTML and text parts and the configured sender', async () => {
  const mailer = createMailer({ smtpUrl, from: '"Commerce Shop" <orders@shop.test>' });
  const sent = await mailer.send({
    to: 'buyer@example.test',
    subject: 'Order #1001 confirmed',
    html: '<p>Total <b>€12.90</b></p>',
    text: 'Total €12.90',
  });
  mailer.close();
  expect(sent.messageId).toMatch(/@/);
  expect(received).toHaveLength(1);
  const [{ rcpt, mail }] = received as [(typeof received)[number]];
  expect(rcpt).toEqual(['buyer@example.test']);
  expect(mail.from?.text).toBe('"Commerce Shop" <orders@shop.test>');
  expect(mail.subject).toBe('Order #1001 confirmed');
  expect(mail.html).toContain('<b>€12.90</b>');
  expect(mail.text?.trim()).toBe('Total €12.90');
});

it('fails the send (so the job retries) when no SMTP server answers', async () => {
  const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'orders@shop.test', timeoutMs: 1_000 });
  await expect(mailer.send({ to: 'a@example.test', subject: 's', html: '<p>x</p>', text: 'x' })).rejects.toThrow();
  mailer.close();
});
