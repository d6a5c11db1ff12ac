import { z } from "zod";
import { parseReminderDays } from "../notifications/deadlines";

/**
 * The server's configuration (README.md, "Configuration"), parsed from an environment such as
 * `process.env`. Pure: the one reader of `process.env` is db/env.ts. An empty value counts as unset.
 */
export interface ServerConfig {
  /** HTTP port the server listens on (`npm start`, `next start -p`). */
  port: number;
  /** A postgres:// URL; undefined: the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Folder of the PGlite database as given (relative to the working directory); used when databaseUrl is unset. */
  dataDir: string;
  /** Seed the demo data set once into a new database. */
  seedDemo: boolean;
  /** Signs session cookies; undefined: one generated once and kept in the database. */
  authSecret: string | undefined;
  /** The public URL (https: cookies are Secure). */
  authUrl: string | undefined;
  /** The browser that prints PDF reports. */
  chromiumPath: string;
  /** The origin by which the server reaches its own pages; undefined: the loopback address on `port`. */
  reportBaseUrl: string | undefined;
  /** Minutes between the link checker's rounds over the open cycles' evidence URLs; 0: no rounds. */
  linkCheckIntervalMinutes: number;
  /** The SMTP server that sends e-mail (smtp:// or smtps://); undefined: messages stay in the outbox table. */
  smtpUrl: string | undefined;
  /** The sender of every message, e.g. `Res45 Readiness <readiness@example.org>`. */
  mailFrom: string;
  /** The first retry delay after a failed send; each further failure doubles it (lib/mail/backoff.ts). */
  mailRetryBaseMs: number;
  /** Days before a submission deadline on which states that have not submitted get a reminder, largest first. */
  reminderDays: number[];
  /** Minutes between the reminder runs (deadline reminders, overdue plan actions); 0: no runs. */
  reminderIntervalMinutes: number;
}

export const DEFAULT_DATA_DIR = ".data/pglite";
export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";
export const DEFAULT_LINK_CHECK_INTERVAL_MINUTES = 5;
export const DEFAULT_MAIL_FROM = "Res45 Readiness <no-reply@localhost>";
export const DEFAULT_MAIL_RETRY_BASE_MS = 30_000;
export const DEFAULT_REMINDER_DAYS = [14, 7, 1];
export const DEFAULT_REMINDER_INTERVAL_MINUTES = 60;

const unsetIfEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

function isUrlWith(value: string, protocols: string[]) {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((v) => isUrlWith(v, ["http:", "https:"]), `must be an http:// or https:// URL, e.g. ${name}`);

const schema = z.object({
  PORT: optional(
    z
      .string()
      .trim()
      .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, "must be a whole number from 1 to 65535")
      .transform(Number),
  ),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => /^postgres(ql)?:\/\/./.test(v),
        "must be a postgres:// or postgresql:// URL, e.g. postgres://user:password@host:5432/res45",
      ),
  ),
  DATA_DIR: optional(z.string().trim()),
  SEED_DEMO: optional(
    z
      .string()
      .trim()
      .refine((v) => ["true", "false", "1", "0"].includes(v), "must be true, false, 1 or 0"),
  ),
  BETTER_AUTH_SECRET: optional(z.string().trim()),
  BETTER_AUTH_URL: optional(httpUrl("https://readiness.example.org")),
  CHROMIUM_PATH: optional(z.string().trim()),
  REPORT_BASE_URL: optional(httpUrl("http://10.0.0.5:3000")),
  LINK_CHECK_INTERVAL_MINUTES: optional(
    z
      .string()
      .trim()
      .refine((v) => /^\d+$/.test(v) && Number(v) <= 10_080, "must be a whole number of minutes from 0 to 10080")
      .transform(Number),
  ),
  SMTP_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => isUrlWith(v, ["smtp:", "smtps:"]) && new URL(v).hostname !== "",
        "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587",
      ),
  ),
  MAIL_FROM: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => /^[^<>@\s]+@[^<>@\s]+$/.test(v) || /^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/.test(v),
        "must be an e-mail address, alone or as Name <address>, e.g. Res45 Readiness <readiness@example.org>",
      ),
  ),
  MAIL_RETRY_BASE_MS: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => /^\d+$/.test(v) && Number(v) >= 100 && Number(v) <= 3_600_000,
        "must be a whole number of milliseconds from 100 to 3600000",
      )
      .transform(Number),
  ),
  REMINDER_DAYS: optional(
    z
      .string()
      .trim()
      .refine((v) => parseReminderDays(v) !== null, "must be distinct whole days from 0 to 365, e.g. 14,7,1")
      .transform((v) => parseReminderDays(v)!),
  ),
  REMINDER_INTERVAL_MINUTES: optional(
    z
      .string()
      .trim()
      .refine((v) => /^\d+$/.test(v) && Number(v) <= 1440, "must be a whole number of minutes from 0 to 1440")
      .transform(Number),
  ),
});

/** A misconfigured environment: every wrong variable with what it must be, one per line. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: Record<string, string>) {
    super(
      `Invalid environment (see README.md, "Configuration"):\n${Object.entries(problems)
        .map(([name, problem]) => `  ${name}: ${problem}`)
        .join("\n")}`,
    );
    this.name = "InvalidEnvironmentError";
  }
}

/** The configuration, or an InvalidEnvironmentError naming every wrong variable (never echoing a value). */
export function parseServerEnv(source: Record<string, string | undefined>): Readonly<ServerConfig> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "_");
      problems[name] = problems[name] ? `${problems[name]}; ${issue.message}` : issue.message;
    }
    throw new InvalidEnvironmentError(problems);
  }
  const env = parsed.data;
  return Object.freeze({
    port: env.PORT ?? 3000,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR ?? DEFAULT_DATA_DIR,
    seedDemo: env.SEED_DEMO === "true" || env.SEED_DEMO === "1",
    authSecret: env.BETTER_AUTH_SECRET,
    authUrl: env.BETTER_AUTH_URL,
    chromiumPath: env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
    reportBaseUrl: env.REPORT_BASE_URL === undefined ? undefined : new URL(env.REPORT_BASE_URL).origin,
    linkCheckIntervalMinutes: env.LINK_CHECK_INTERVAL_MINUTES ?? DEFAULT_LINK_CHECK_INTERVAL_MINUTES,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? DEFAULT_MAIL_FROM,
    mailRetryBaseMs: env.MAIL_RETRY_BASE_MS ?? DEFAULT_MAIL_RETRY_BASE_MS,
    reminderDays: env.REMINDER_DAYS ?? DEFAULT_REMINDER_DAYS,
    reminderIntervalMinutes: env.REMINDER_INTERVAL_MINUTES ?? DEFAULT_REMINDER_INTERVAL_MINUTES,
  });
}
