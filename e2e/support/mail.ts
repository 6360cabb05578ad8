import { matchesMail, type CaughtMail } from '@commerce/devtools/mail-catcher';
import { MAIL_CATCHER_URL } from './stack-env.js';

export type { CaughtMail };

/**
 * The first email to `to` whose subject matches, once the run's mail catcher has it (the API's
 * worker sends order confirmations through it). Polls the catcher's JSON listing; fails with a
 * clear message after `timeoutMs`.
 */
export async function waitForMail(to: string, subject: RegExp | string, timeoutMs = 20_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${MAIL_CATCHER_URL}/messages.json`);
    if (!response.ok) throw new Error(`mail catcher answered ${response.status}`);
    const found = ((await response.json()) as CaughtMail[]).find((mail) => matchesMail(mail, to, subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${String(subject)} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
