import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
}

export interface Mailer {
  /** Hands the message to the SMTP server; resolves with its message id once the server accepted it. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): void;
}

export interface MailerOptions {
  /** smtp://user:pass@host:port or smtps://… (nodemailer's connection URL). */
  smtpUrl: string;
  /** The From header, e.g. `"Shop" <orders@shop.example>`. */
  from: string;
  /** Bounds each step of a delivery, so a hung SMTP server fails the job (which retries) instead of holding it. */
  timeoutMs?: number;
}

/**
 * Sends mail over SMTP with nodemailer. A failed send throws: the job that sent it fails and
 * graphile-worker retries it with backoff, so a short SMTP outage delays mail rather than losing it.
 */
export function createMailer({ smtpUrl, from, timeoutMs = 10_000 }: MailerOptions): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send({ to, subject, html, text }) {
      const info = await transport.sendMail({ from, to, subject, html, text });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
