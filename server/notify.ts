import "server-only";
import { publicOrigin } from "@/db/env";
import { insertMail } from "@/db/queries/mail";
import { findInvitedLocale, type Person } from "@/db/queries/team";
import type { Tx } from "@/db/transaction";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { MailContent, MailKind } from "@/lib/mail/templates";

/** Where a notification was caused: the page's language (used when the recipient's is unknown) and origin. */
export interface NotifyContext {
  locale: Locale;
  requestOrigin: string;
}

/**
 * Tells a person something, in their language, in the caller's transaction: today by a message in the
 * outbox (sent by server/mail-sender.ts; the caller wakes it after commit). The one place a notification
 * is written, so that an in-app inbox can be added here beside the e-mail.
 *
 * The recipient's language is the one they were invited in; without one, the language of the page the
 * notification came from. `write` composes the message in that language, given the link's origin.
 */
export async function notifyByEmail(
  tx: Tx,
  recipient: Pick<Person, "id" | "email">,
  kind: MailKind,
  context: NotifyContext,
  write: (locale: Locale, origin: string) => MailContent,
): Promise<void> {
  const invited = await findInvitedLocale(tx, recipient.id);
  const locale = invited && isLocale(invited) ? invited : context.locale;
  const mail = write(locale, publicOrigin(context.requestOrigin));
  await insertMail(tx, { recipient: recipient.email, locale, kind, ...mail });
}
