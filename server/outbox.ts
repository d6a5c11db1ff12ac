import "server-only";
import { findMail, listMailRows } from "@/db/queries/mail";
import { getDb } from "@/db/transaction";
import type { Actor } from "@/lib/assessment/actor";
import { appError } from "@/lib/errors";
import { assertAdmin } from "./access";

/**
 * The outbox, read by administrators: every message the application queued, sent or not. Without
 * SMTP_URL nothing is sent, and this is where the messages are read (the demo shows every one).
 */
const LIST_LIMIT = 200;

export async function listOutbox(actor: Actor) {
  assertAdmin(actor);
  return listMailRows(await getDb(), LIST_LIMIT);
}

export async function readOutboxMessage(actor: Actor, id: number) {
  assertAdmin(actor);
  const found = await findMail(await getDb(), id);
  if (!found) throw appError("not_found.mail", { id });
  return found;
}
