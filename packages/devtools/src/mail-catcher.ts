// A development mail catcher: an SMTP server on 127.0.0.1 that accepts every message, keeps it
// as .eml plus parsed JSON under `dir`, and a read-only HTTP listing, so a developer (or an e2e
// journey) sees the order confirmation the API sent without any real mail leaving the machine.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

export interface MailCatcher {
  smtpUrl: string;
  httpUrl: string;
  /** Every message caught so far, newest last. */
  messages(): Promise<CaughtMail[]>;
  /** The first message to `to` whose subject matches, once it arrives. */
  waitForMail(to: string, subject: RegExp | string, timeoutMs?: number): Promise<CaughtMail>;
  stop(): Promise<void>;
}

// A confirmation email is a few kB; anything near this is a mistake, not mail to keep.
const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) =>
    group.value.map((entry) => entry.address ?? '').filter(Boolean),
  );

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function matchesMail(mail: CaughtMail, to: string, subject: RegExp | string): boolean {
  const wanted = to.toLowerCase();
  const subjectMatches = typeof subject === 'string' ? mail.subject.includes(subject) : subject.test(mail.subject);
  return mail.to.some((address) => address.toLowerCase() === wanted) && subjectMatches;
}

/** Starts the catcher; ports 0 pick free ones (tests). Listens on 127.0.0.1 only. */
export async function startMailCatcher(options: {
  smtpPort: number;
  httpPort: number;
  dir: string;
}): Promise<MailCatcher> {
  const host = '127.0.0.1';
  await mkdir(options.dir, { recursive: true });
  let sequence = 0;
  const waiters = new Set<() => void>();

  const smtp = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    // Plain SMTP on loopback: no certificate to make, nothing leaves the machine.
    disabledCommands: ['STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(new Error('message too large'));
        const raw = Buffer.concat(chunks);
        void (async () => {
          const parsed = await simpleParser(raw);
          const id = `${Date.now()}-${String(++sequence).padStart(4, '0')}`;
          const mail: CaughtMail = {
            id,
            receivedAt: new Date().toISOString(),
            from: addresses(parsed.from)[0] ?? session.envelope.mailFrom?.valueOf().toString() ?? '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
          };
          await writeFile(join(options.dir, `${id}.eml`), raw);
          await writeFile(join(options.dir, `${id}.json`), JSON.stringify(mail, null, 2));
          for (const wake of waiters) wake();
        })().then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort, host, () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  async function messages(): Promise<CaughtMail[]> {
    const names = (await readdir(options.dir)).filter((name) => name.endsWith('.json')).sort();
    return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(options.dir, name), 'utf8'))));
  }

  const http: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const all = await messages();
    if (path === '/messages.json') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify(all));
    }
    const html = /^\/messages\/([\w-]+)\/html$/.exec(path);
    if (html) {
      const mail = all.find((item) => item.id === html[1]);
      if (!mail?.html) return res.writeHead(404).end('not found');
      // The email's own HTML, sandboxed: no script of it runs on this origin.
      res.setHeader('content-security-policy', 'sandbox');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(mail.html);
    }
    if (path !== '/') return res.writeHead(404).end('not found');
    const rows = [...all]
      .reverse()
      .map(
        (mail) =>
          `<tr><td>${escape(mail.receivedAt)}</td><td>${escape(mail.to.join(', '))}</td><td>${escape(mail.subject)}</td>` +
          `<td>${mail.html ? `<a href="/messages/${escape(mail.id)}/html">HTML</a>` : ''}</td>` +
          `<td><pre>${escape(mail.text)}</pre></td></tr>`,
      )
      .join('\n');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><meta charset="utf-8"><title>Caught mail</title>` +
        `<h1>Caught mail (${all.length})</h1><p>Stored in ${escape(options.dir)}; JSON at <a href="/messages.json">/messages.json</a>.</p>` +
        `<table border="1" cellpadding="4"><tr><th>Received</th><th>To</th><th>Subject</th><th></th><th>Text</th></tr>${rows}</table>`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.httpPort, host, () => resolve());
  });
  const httpPort = (http.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    httpUrl: `http://${host}:${httpPort}`,
    messages,
    async waitForMail(to, subject, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await messages()).find((mail) => matchesMail(mail, to, subject));
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no mail to ${to} matching ${String(subject)} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.min(left, 500));
          waiters.add(wake);
        });
      }
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
