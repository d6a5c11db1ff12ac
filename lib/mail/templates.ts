import type { Role } from "../assessment/status";
import { intlLocale } from "../i18n/intl";
import { directionOf, type Locale } from "../i18n/locales";
import { memberStateName } from "../reference";
import {
  NOTIFICATION_TEXTS,
  NOTIFICATION_KINDS,
  notificationText,
  type NotificationKind,
} from "../notifications/kinds";
import { escapeHtml } from "./html";
import { MAIL_TEXTS, type MailTexts } from "./messages";

/** What the outbox records as a message's kind, for the administrators' list. */
export const MAIL_KINDS = ["invitation", "password_reset", ...NOTIFICATION_KINDS] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export function isMailKind(kind: string): kind is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(kind);
}

/** One message, written in its recipient's language, as plain text and as HTML. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** A message's template with its values put in: plain values for the text part, escaped ones for HTML. */
function fill(template: string, values: Record<string, string>, escape: (v: string) => string = (v) => v): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? escape(values[key]!) : whole));
}

interface Layout {
  subject: string;
  name: string;
  paragraphs: { template: string; values?: Record<string, string> }[];
  action: string;
  link: string;
  /** The last lines; by default "ignore it if unexpected" (a notification says why it came instead). */
  closing?: string[];
}

/** Greeting, paragraphs, the one link, "ignore it if unexpected" and the signature, in both parts. */
function compose(locale: Locale, t: MailTexts, layout: Layout): MailContent {
  const greeting = { template: t.greeting, values: { name: layout.name } };
  const closing = (layout.closing ?? [t.ignore, t.signature]).map((template) => ({ template }));
  const text = [
    fill(greeting.template, greeting.values),
    ...layout.paragraphs.map((p) => fill(p.template, p.values ?? {})),
    `${layout.action}: ${layout.link}`,
    ...closing.map((p) => p.template),
  ].join("\n\n");
  const paragraph = (p: { template: string; values?: Record<string, string> }) =>
    `<p>${fill(escapeHtml(p.template), p.values ?? {}, escapeHtml)}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><title>${escapeHtml(layout.subject)}</title></head>`,
    `<body style="font-family:Arial,'Noto Sans Arabic','Noto Sans CJK SC',sans-serif;color:#1f2933;line-height:1.5">`,
    paragraph(greeting),
    ...layout.paragraphs.map(paragraph),
    `<p><a href="${escapeHtml(layout.link)}" style="display:inline-block;padding:10px 16px;background:#005a9c;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(layout.action)}</a></p>`,
    `<p style="font-size:13px;color:#4d5b68">${escapeHtml(layout.link)}</p>`,
    ...closing.map(paragraph),
    "</body></html>",
  ].join("\n");
  return { subject: layout.subject, text, html };
}

function formatDate(date: Date, locale: Locale): string {
  return (
    new Intl.DateTimeFormat(intlLocale(locale), {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "UTC",
    }).format(date) + " UTC"
  );
}

export interface InvitationMailInput {
  name: string;
  inviter: string;
  role: Role;
  memberStateIso3: string | null;
  link: string;
  expiresAt: Date;
}

/** The invitation: who invites, as what, the single-use link and when it expires. */
export function invitationMail(locale: Locale, input: InvitationMailInput): MailContent {
  const t = MAIL_TEXTS[locale];
  const state = input.memberStateIso3 ? memberStateName(input.memberStateIso3, locale) : "";
  return compose(locale, t, {
    subject: t.invitation.subject,
    name: input.name,
    paragraphs: [
      { template: t.invitation.body, values: { inviter: input.inviter, role: fill(t.roles[input.role], { state }) } },
      { template: t.invitation.expires, values: { date: formatDate(input.expiresAt, locale) } },
    ],
    action: t.invitation.action,
    link: input.link,
  });
}

export interface PasswordResetMailInput {
  name: string;
  link: string;
  validMinutes: number;
}

/** The password reset: the single-use link and how long it is valid. */
export function passwordResetMail(locale: Locale, input: PasswordResetMailInput): MailContent {
  const t = MAIL_TEXTS[locale];
  return compose(locale, t, {
    subject: t.passwordReset.subject,
    name: input.name,
    paragraphs: [
      { template: t.passwordReset.body },
      { template: t.passwordReset.expires, values: { minutes: String(input.validMinutes) } },
    ],
    action: t.passwordReset.action,
    link: input.link,
  });
}

/**
 * A notification (server/notifications.ts `notify`) as an e-mail: its title as subject, its text, a link to
 * where it leads, and why it came (with where to choose the inbox only).
 */
export function notificationMail(
  locale: Locale,
  input: { name: string; kind: NotificationKind; params: Record<string, string | number>; link: string },
): MailContent {
  const t = MAIL_TEXTS[locale];
  const n = NOTIFICATION_TEXTS[locale];
  const { title, body } = notificationText(input.kind, input.params, locale);
  return compose(locale, t, {
    subject: title,
    name: input.name,
    // Already filled: passed as a value, so braces typed in an action's title stay as they are.
    paragraphs: [{ template: "{body}", values: { body } }],
    action: n.open,
    link: input.link,
    closing: [n.footer, t.signature],
  });
}
