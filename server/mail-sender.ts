import "server-only";
import nodemailer from "nodemailer";
import { serverEnv } from "@/db/env";
import { claimDueMail, markMailFailed, markMailSent } from "@/db/queries/mail";
import { getDb } from "@/db/transaction";
import { afterFailure, CLAIM_LEASE_MS } from "@/lib/mail/backoff";

/** Hands one message to the mail server; throws when it is not accepted. */
export type SendMail = (message: {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}) => Promise<unknown>;

const BATCH = 20;

/**
 * Sends every message that is due, a batch at a time: each is claimed (so no other app server takes it),
 * handed to `send`, and marked sent, or scheduled again with backoff (given up after the last attempt).
 * A request never waits for this: it only queued the message.
 */
export async function sendDueMail(
  send: SendMail,
  options: { from: string; retryBaseMs: number },
): Promise<{ sent: number; failed: number }> {
  const db = await getDb();
  const counts = { sent: 0, failed: 0 };
  for (;;) {
    const claimed = await claimDueMail(db, BATCH, CLAIM_LEASE_MS);
    for (const mail of claimed) {
      try {
        await send({ from: options.from, to: mail.recipient, subject: mail.subject, text: mail.text, html: mail.html });
        await markMailSent(db, mail.id);
        counts.sent++;
      } catch (error) {
        const next = afterFailure(mail.attempts, options.retryBaseMs, new Date());
        const message = error instanceof Error ? error.message : String(error);
        await markMailFailed(db, mail.id, message, next.status === "queued" ? next.retryAt : null);
        counts.failed++;
      }
    }
    if (claimed.length < BATCH) return counts;
  }
}

interface SenderState {
  timer: NodeJS.Timeout | undefined;
  running: boolean;
  again: boolean;
  run: () => void;
}
const globalForSender = globalThis as typeof globalThis & { __res45MailSender?: SenderState };

/**
 * Starts this process's sender loop (once per process; every app server runs one, the claim keeps them
 * apart). Without SMTP_URL nothing is sent and false is returned: the outbox is the mailbox.
 */
export function startMailSender(): boolean {
  const { smtpUrl, mailFrom, mailRetryBaseMs } = serverEnv();
  if (!smtpUrl) return false;
  if (globalForSender.__res45MailSender) return true;
  const transport = nodemailer.createTransport(smtpUrl);
  const send: SendMail = (message) => transport.sendMail(message);
  // Poll often enough to honour a short retry delay, at most every five seconds.
  const pollMs = Math.min(5000, mailRetryBaseMs);
  const state: SenderState = {
    timer: undefined,
    running: false,
    again: false,
    run: () => {
      if (state.running) {
        state.again = true;
        return;
      }
      clearTimeout(state.timer);
      state.running = true;
      sendDueMail(send, { from: mailFrom, retryBaseMs: mailRetryBaseMs })
        .catch((error: unknown) => console.error("Mail sender:", error))
        .finally(() => {
          state.running = false;
          const again = state.again;
          state.again = false;
          state.timer = setTimeout(state.run, again ? 0 : pollMs);
          state.timer.unref();
        });
    },
  };
  globalForSender.__res45MailSender = state;
  state.run();
  return true;
}

/** A message was just queued: send it now rather than at the next poll (no-op without a sender). */
export function wakeMailSender(): void {
  globalForSender.__res45MailSender?.run();
}
