import "server-only";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { MailContent, MailKind } from "@/lib/mail/templates";
import type { Locale } from "@/lib/i18n/locales";
import { mailOutbox } from "../schema/index";
import type { Executor } from "../transaction";

export interface QueuedMail extends MailContent {
  recipient: string;
  locale: Locale;
  kind: MailKind;
}

/** Queues a message; in the caller's transaction, so it exists exactly when what caused it does. */
export async function insertMail(ex: Executor, mail: QueuedMail): Promise<number> {
  const [row] = await ex.insert(mailOutbox).values(mail).returning({ id: mailOutbox.id });
  return row!.id;
}

export interface ClaimedMail extends MailContent {
  id: number;
  recipient: string;
  attempts: number;
}

/**
 * Takes up to `limit` due messages for this sender: their attempt is counted and their next attempt moved
 * `leaseMs` ahead, in one statement. `FOR UPDATE SKIP LOCKED` lets several app servers claim at once without
 * waiting on each other or taking the same row, so a message goes out once.
 */
export async function claimDueMail(ex: Executor, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  const due = ex
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "queued"), lte(mailOutbox.nextAttemptAt, sql`now()`)))
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  return ex
    .update(mailOutbox)
    .set({
      attempts: sql`${mailOutbox.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
    })
    .where(inArray(mailOutbox.id, due))
    .returning({
      id: mailOutbox.id,
      recipient: mailOutbox.recipient,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      html: mailOutbox.html,
      attempts: mailOutbox.attempts,
    });
}

export async function markMailSent(ex: Executor, id: number): Promise<void> {
  await ex
    .update(mailOutbox)
    .set({ status: "sent", sentAt: sql`now()`, lastError: null })
    .where(eq(mailOutbox.id, id));
}

/** A failed attempt: tried again at `retryAt`, or given up (`retryAt` null). */
export async function markMailFailed(ex: Executor, id: number, error: string, retryAt: Date | null): Promise<void> {
  await ex
    .update(mailOutbox)
    .set(
      retryAt
        ? { lastError: error.slice(0, 1000), nextAttemptAt: retryAt }
        : { lastError: error.slice(0, 1000), status: "failed" },
    )
    .where(eq(mailOutbox.id, id));
}

const listColumns = {
  id: mailOutbox.id,
  recipient: mailOutbox.recipient,
  locale: mailOutbox.locale,
  kind: mailOutbox.kind,
  subject: mailOutbox.subject,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  nextAttemptAt: mailOutbox.nextAttemptAt,
  lastError: mailOutbox.lastError,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
};

/** The newest messages first, without their bodies. */
export async function listMailRows(ex: Executor, limit: number) {
  return ex.select(listColumns).from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
}

export async function findMail(ex: Executor, id: number) {
  const [row] = await ex
    .select({ ...listColumns, text: mailOutbox.text, html: mailOutbox.html })
    .from(mailOutbox)
    .where(eq(mailOutbox.id, id));
  return row;
}
