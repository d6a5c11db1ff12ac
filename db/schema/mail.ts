import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { memberStates } from "./reference";

/**
 * Every e-mail the application sends, queued in the same transaction as what caused it. The sender loop
 * (server/mail-sender.ts) claims due rows, sends them and marks them sent, or schedules the next attempt
 * (`nextAttemptAt`, backoff in lib/mail/backoff.ts). Without an SMTP server the table is the mailbox that
 * administrators read at /admin/outbox.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    recipient: text("recipient").notNull(),
    locale: text("locale").notNull(),
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    status: text("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    check("mail_outbox_status_check", sql`${t.status} in ('queued', 'sent', 'failed')`),
    check("mail_outbox_sent_check", sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
    // The sender's query: queued rows whose time has come.
    index("mail_outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'queued'`),
    index("mail_outbox_created_idx").on(t.createdAt),
  ],
);

/**
 * An invitation to create an account: the person follows a single-use link (only the SHA-256 of its token is
 * kept) and sets their own password. The account is created when they accept, with the role given here.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    memberStateIso3: text("member_state_iso3").references(() => memberStates.iso3),
    locale: text("locale").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    check("invitations_role_check", sql`${t.role} in ('focal_point', 'contributor', 'analyst', 'admin')`),
    check(
      "invitations_focal_point_state_check",
      sql`(${t.role} in ('focal_point', 'contributor')) = (${t.memberStateIso3} is not null)`,
    ),
    index("invitations_email_idx").on(t.email),
  ],
);
