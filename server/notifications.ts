import "server-only";
import { publicOrigin, serverEnv } from "@/db/env";
import { insertMail } from "@/db/queries/mail";
import {
  countUnread,
  readUnreadCount,
  findRecipient,
  type Recipient,
  insertNotification,
  listFocalPointsOf,
  listInboxRows,
  markRead,
  upsertNotificationSettings,
} from "@/db/queries/notifications";
import { getDb, type Executor } from "@/db/transaction";
import type { Actor } from "@/lib/assessment/actor";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { notificationMail } from "@/lib/mail/templates";
import {
  notificationLink,
  notificationText,
  type NotificationKind,
  type NotificationParams,
} from "@/lib/notifications/kinds";
import type { MarkReadInput, NotificationSettingsInput } from "@/lib/notifications/notifications.validation";

/**
 * Notifications: the one way the application tells a person something (deadline reminders, a return by BDT,
 * a validation query, an overdue plan action). `notify` writes the inbox row and, when the person wants
 * e-mail, queues the message in their language, both in the caller's transaction. Every other module calls it.
 */

export interface NotifyInput<K extends NotificationKind> {
  userId: string;
  kind: K;
  params: NotificationParams[K];
  /** Makes the message unique per person: a second notify with the same key writes nothing. */
  dedupeKey?: string;
  /** Where the request came in (links use BETTER_AUTH_URL when set); default: REPORT_BASE_URL or localhost. */
  origin?: string;
  /** Where the message leads when that depends on the reader (without the language prefix); default by kind. */
  link?: string;
  /** The language of the page that caused it: used when the person has no language of their own. */
  locale?: Locale;
}

/** Any kind's message without its recipient (for code that sends the same message to several people). */
export type NotifyMessage = { [K in NotificationKind]: Omit<NotifyInput<K>, "userId"> }[NotificationKind];

export interface NotifyResult {
  /** False when the person is unknown or disabled, or already has a message with this dedupe key. */
  written: boolean;
  emailed: boolean;
}

/** What caused a notification from a request: the page's language and where the request came in. */
export interface NotifyContext {
  locale: Locale;
  requestOrigin: string;
}

/** The language a person reads: their choice, else the one they were invited in, else the caller's. */
function readerLocale(recipient: Recipient, fallback: Locale = DEFAULT_LOCALE): Locale {
  const chosen = recipient.settings?.locale ?? recipient.invitedLocale;
  return chosen && isLocale(chosen) ? chosen : fallback;
}

function defaultOrigin(): string {
  const { reportBaseUrl, port } = serverEnv();
  return publicOrigin(reportBaseUrl ?? `http://localhost:${port}`);
}

/**
 * Tells one person something: an inbox row, and the e-mail in the outbox unless they chose the inbox only.
 * Call it inside the transaction of what caused it (it exists exactly when that does) and wake the mail
 * sender after the commit (`wakeMailSender`). With a `dedupeKey`, the unique index on (person, key) makes a
 * second call a no-op, also from another app server at the same moment.
 */
export async function notify<K extends NotificationKind>(
  tx: Executor,
  input: NotifyInput<K> | (NotifyMessage & { userId: string }),
): Promise<NotifyResult> {
  const recipient = await findRecipient(tx, input.userId);
  if (!recipient) return { written: false, emailed: false };
  const wantsEmail = recipient.settings?.email ?? true;
  const locale = readerLocale(recipient, input.locale);
  const params = input.params as unknown as Record<string, string | number>;
  const path = input.link ?? notificationLink(input.kind);
  const id = await insertNotification(tx, {
    userId: recipient.id,
    kind: input.kind,
    params,
    link: path,
    dedupeKey: input.dedupeKey ?? null,
    emailed: wantsEmail,
  });
  if (id === null) return { written: false, emailed: false };
  if (wantsEmail) {
    const link = `${publicOrigin(input.origin ?? defaultOrigin())}/${locale}${path}`;
    const mail = notificationMail(locale, { name: recipient.name || recipient.email, kind: input.kind, params, link });
    await insertMail(tx, { recipient: recipient.email, locale, kind: input.kind, ...mail });
  }
  return { written: true, emailed: wantsEmail };
}

/**
 * Tells every (enabled) focal point of a state, in the caller's transaction: a return by BDT, a validation
 * query. Returns how many were written; wake the mail sender after the commit.
 */
export async function notifyStateFocalPoints(tx: Executor, iso3: string, message: NotifyMessage): Promise<number> {
  let written = 0;
  for (const person of await listFocalPointsOf(tx, [iso3]))
    if ((await notify(tx, { ...message, userId: person.id })).written) written++;
  return written;
}

// ---------------------------------------------------------------- the inbox

export interface InboxItem {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** Without the language prefix, e.g. /assessment. */
  link: string;
  createdAt: string;
  read: boolean;
}

export interface Inbox {
  unread: number;
  items: InboxItem[];
}

const INBOX_LIMIT = 200;

/** The signed-in person's own messages, newest first, written in `locale`. Nobody reads another's inbox. */
export async function getInbox(actor: Actor, locale: Locale): Promise<Inbox> {
  const db = await getDb();
  const [rows, unread] = await Promise.all([
    listInboxRows(db, actor.userId, INBOX_LIMIT),
    countUnread(db, actor.userId),
  ]);
  return {
    unread,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      ...notificationText(r.kind, r.params, locale),
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      read: r.readAt !== null,
    })),
  };
}

/** The header badge's number. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return readUnreadCount(actor.userId);
}

/** Marks some (or all) of one's own messages read; ids of other people's messages change nothing. */
export async function markNotificationsRead(
  actor: Actor,
  input: MarkReadInput,
): Promise<{ marked: number; unread: number }> {
  const db = await getDb();
  const marked = await markRead(db, actor.userId, input.all ? null : (input.ids ?? []));
  return { marked, unread: await countUnread(db, actor.userId) };
}

/** How the signed-in person wants to hear (e-mail on, in the language of their invitation, until they choose). */
export async function getNotificationSettings(actor: Actor): Promise<NotificationSettingsInput> {
  const recipient = await findRecipient(await getDb(), actor.userId);
  return {
    email: recipient?.settings?.email ?? true,
    locale: recipient ? readerLocale(recipient) : DEFAULT_LOCALE,
  };
}

/** Chooses e-mail and inbox, or the inbox only, and the language of the e-mails; each person for themselves. */
export async function setNotificationSettings(
  actor: Actor,
  input: NotificationSettingsInput,
): Promise<NotificationSettingsInput> {
  await upsertNotificationSettings(await getDb(), actor.userId, input);
  return input;
}
