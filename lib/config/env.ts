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
  /** OpenID Connect providers people may sign in with (OIDC_ISSUER… and OIDC_PROVIDERS); empty: none. */
  oidcProviders: OidcProvider[];
  /**
   * Page renders and writes the server runs at once, the others waiting in order; undefined: the server's
   * default. Validated here, used by the HTTP server in front of Next.js (scripts/http/serve.mjs).
   */
  concurrentRequests: number | undefined;
  /**
   * The JavaScript heap limit of the server process, MB; undefined: the default of scripts/http/server-command.mjs,
   * which passes it to Node before the process starts (so it is validated here but used there).
   */
  heapLimitMb: number | undefined;
}

/** One OpenID Connect provider (single sign-on): discovery at `issuer`/.well-known/openid-configuration. */
export interface OidcProvider {
  /** Names the provider in the callback URL: `<public URL>/api/auth/callback/<id>`. */
  id: string;
  /** The label of its button: "Sign in with <name>". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** The id of the provider configured by OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. */
export const DEFAULT_OIDC_PROVIDER_ID = "oidc";
export const DEFAULT_OIDC_NAME = "single sign-on";

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

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine(
      (v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max,
      `must be a whole number from ${min} to ${max}`,
    )
    .transform(Number);

const OIDC_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
const oidcProviderSchema = z.strictObject({
  id: z.string().regex(OIDC_ID, "id must be 1 to 32 lower-case letters, digits or hyphens"),
  name: z.string().trim().min(1, "name must not be empty").max(80, "name must be at most 80 characters"),
  issuer: httpUrl("https://login.example.org/realms/itu"),
  clientId: z.string().trim().min(1, "clientId must not be empty"),
  clientSecret: z.string().min(1, "clientSecret must not be empty"),
});
const OIDC_PROVIDERS_EXAMPLE =
  '[{"id":"itu","name":"ITU","issuer":"https://login.example.org","clientId":"…","clientSecret":"…"}]';

/** OIDC_PROVIDERS: a JSON array of providers with distinct ids; a wrong entry is named by its place. */
const oidcProvidersSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      ctx.addIssue({ code: "custom", message: `must be a JSON array, e.g. ${OIDC_PROVIDERS_EXAMPLE}` });
      return z.NEVER;
    }
    if (!Array.isArray(json) || json.length === 0) {
      ctx.addIssue({ code: "custom", message: `must be a non-empty JSON array, e.g. ${OIDC_PROVIDERS_EXAMPLE}` });
      return z.NEVER;
    }
    const providers: OidcProvider[] = [];
    json.forEach((entry, index) => {
      const parsed = oidcProviderSchema.safeParse(entry);
      if (parsed.success) providers.push(parsed.data);
      else
        for (const issue of parsed.error.issues) {
          const field = issue.path.length > 0 ? `${String(issue.path[0])}: ` : "";
          const message =
            issue.code === "unrecognized_keys"
              ? `unknown field ${issue.keys.join(", ")} (allowed: id, name, issuer, clientId, clientSecret)`
              : issue.code === "invalid_type"
                ? `${String(issue.path[0] ?? "entry")} is missing or not a string`
                : `${field}${issue.message}`;
          ctx.addIssue({ code: "custom", message: `entry ${index + 1}: ${message}` });
        }
    });
    return providers;
  });

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
  OIDC_ISSUER: optional(httpUrl("https://login.example.org/realms/itu")),
  OIDC_CLIENT_ID: optional(z.string().trim()),
  OIDC_CLIENT_SECRET: optional(z.string()),
  OIDC_NAME: optional(z.string().trim().max(80, "must be at most 80 characters")),
  OIDC_PROVIDERS: optional(oidcProvidersSchema),
  CONCURRENT_REQUESTS: optional(wholeNumber(1, 64)),
  HEAP_LIMIT_MB: optional(wholeNumber(128, 65_536)),
});

type ParsedEnv = z.infer<typeof schema>;
const SINGLE_PROVIDER_VARIABLES = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

/**
 * The providers of OIDC_ISSUER/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET (all three or none; OIDC_NAME labels it) and
 * OIDC_PROVIDERS, or the problems: a variable missing from the three, OIDC_NAME alone, a repeated id.
 */
function oidcProvidersOf(env: ParsedEnv): { providers: OidcProvider[]; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const providers: OidcProvider[] = [];
  const given = SINGLE_PROVIDER_VARIABLES.filter((name) => env[name] !== undefined);
  if (given.length > 0 && given.length < SINGLE_PROVIDER_VARIABLES.length)
    for (const name of SINGLE_PROVIDER_VARIABLES)
      if (env[name] === undefined) problems[name] = `must be set with ${given.join(" and ")} (single sign-on)`;
  if (given.length === 0 && env.OIDC_NAME !== undefined)
    problems.OIDC_NAME = "labels the provider of OIDC_ISSUER, which is not set";
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET)
    providers.push({
      id: DEFAULT_OIDC_PROVIDER_ID,
      name: env.OIDC_NAME ?? DEFAULT_OIDC_NAME,
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
    });
  // The provider sends people back to one registered address, <BETTER_AUTH_URL>/api/auth/callback/<id>:
  // without the public URL, better-auth would guess it from each request (and the guess may not be it).
  if (env.BETTER_AUTH_URL === undefined && (given.length > 0 || env.OIDC_PROVIDERS !== undefined))
    problems.BETTER_AUTH_URL =
      "must be set for single sign-on: the provider sends people back to <BETTER_AUTH_URL>/api/auth/callback/<id>";
  const seen = new Set(providers.map((provider) => provider.id));
  for (const provider of env.OIDC_PROVIDERS ?? []) {
    if (seen.has(provider.id)) {
      problems.OIDC_PROVIDERS =
        provider.id === DEFAULT_OIDC_PROVIDER_ID && given.length > 0
          ? `id "${provider.id}" is the provider of OIDC_ISSUER: choose another id`
          : `id "${provider.id}" is given twice: each provider needs its own id`;
    }
    seen.add(provider.id);
    providers.push(provider);
  }
  return { providers, problems };
}

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
  const oidc = oidcProvidersOf(env);
  if (Object.keys(oidc.problems).length > 0) throw new InvalidEnvironmentError(oidc.problems);
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
    oidcProviders: oidc.providers,
    concurrentRequests: env.CONCURRENT_REQUESTS,
    heapLimitMb: env.HEAP_LIMIT_MB,
  });
}
