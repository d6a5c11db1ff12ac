import { describe, expect, it } from "vitest";
import {
  DEFAULT_CHROMIUM_PATH,
  DEFAULT_DATA_DIR,
  DEFAULT_LINK_CHECK_INTERVAL_MINUTES,
  DEFAULT_MAIL_FROM,
  DEFAULT_MAIL_RETRY_BASE_MS,
  DEFAULT_OIDC_NAME,
  DEFAULT_REMINDER_DAYS,
  DEFAULT_REMINDER_INTERVAL_MINUTES,
  InvalidEnvironmentError,
  parseServerEnv,
} from "./env";

function problemsOf(source: Record<string, string | undefined>): Record<string, string> {
  try {
    parseServerEnv(source);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
  throw new Error("expected an InvalidEnvironmentError");
}

describe("parseServerEnv", () => {
  it("gives the documented defaults for an empty environment", () => {
    expect(parseServerEnv({})).toEqual({
      port: 3000,
      databaseUrl: undefined,
      dataDir: DEFAULT_DATA_DIR,
      seedDemo: false,
      authSecret: undefined,
      authUrl: undefined,
      chromiumPath: DEFAULT_CHROMIUM_PATH,
      reportBaseUrl: undefined,
      linkCheckIntervalMinutes: DEFAULT_LINK_CHECK_INTERVAL_MINUTES,
      smtpUrl: undefined,
      mailFrom: DEFAULT_MAIL_FROM,
      mailRetryBaseMs: DEFAULT_MAIL_RETRY_BASE_MS,
      reminderDays: DEFAULT_REMINDER_DAYS,
      reminderIntervalMinutes: DEFAULT_REMINDER_INTERVAL_MINUTES,
      oidcProviders: [],
      concurrentRequests: undefined,
      heapLimitMb: undefined,
    });
  });

  it("reads every variable", () => {
    expect(
      parseServerEnv({
        PORT: "8080",
        DATABASE_URL: "postgresql://u:p@db.example.org:5432/res45",
        DATA_DIR: "/var/lib/res45",
        SEED_DEMO: "1",
        BETTER_AUTH_SECRET: " s3cret ",
        BETTER_AUTH_URL: "https://readiness.example.org",
        CHROMIUM_PATH: "/opt/chromium/chrome",
        REPORT_BASE_URL: "http://10.0.0.5:8080/some/path",
        LINK_CHECK_INTERVAL_MINUTES: "0",
        SMTP_URL: "smtp://user:pass@mail.example.org:587",
        MAIL_FROM: "Res45 <readiness@example.org>",
        MAIL_RETRY_BASE_MS: "500",
        REMINDER_DAYS: "1, 30,7",
        REMINDER_INTERVAL_MINUTES: "0",
        OIDC_ISSUER: "https://login.example.org",
        OIDC_CLIENT_ID: "res45",
        OIDC_CLIENT_SECRET: "s",
        OIDC_NAME: "ITU",
        CONCURRENT_REQUESTS: "8",
        HEAP_LIMIT_MB: " 512 ",
        UNRELATED: "ignored",
      }),
    ).toEqual({
      port: 8080,
      databaseUrl: "postgresql://u:p@db.example.org:5432/res45",
      dataDir: "/var/lib/res45",
      seedDemo: true,
      authSecret: "s3cret",
      authUrl: "https://readiness.example.org",
      chromiumPath: "/opt/chromium/chrome",
      reportBaseUrl: "http://10.0.0.5:8080",
      linkCheckIntervalMinutes: 0,
      smtpUrl: "smtp://user:pass@mail.example.org:587",
      mailFrom: "Res45 <readiness@example.org>",
      mailRetryBaseMs: 500,
      reminderDays: [30, 7, 1],
      reminderIntervalMinutes: 0,
      oidcProviders: [
        { id: "oidc", name: "ITU", issuer: "https://login.example.org", clientId: "res45", clientSecret: "s" },
      ],
      concurrentRequests: 8,
      heapLimitMb: 512,
    });
  });

  it("counts an empty or blank value as unset", () => {
    const env = parseServerEnv({
      PORT: "",
      DATABASE_URL: " ",
      SEED_DEMO: "",
      CHROMIUM_PATH: "",
      BETTER_AUTH_SECRET: "  ",
    });
    expect(env.port).toBe(3000);
    expect(env.databaseUrl).toBeUndefined();
    expect(env.seedDemo).toBe(false);
    expect(env.chromiumPath).toBe(DEFAULT_CHROMIUM_PATH);
    expect(env.authSecret).toBeUndefined();
  });

  it("is frozen", () => {
    expect(Object.isFrozen(parseServerEnv({}))).toBe(true);
  });

  it.each([
    ["PORT", "abc", "must be a whole number from 1 to 65535"],
    ["PORT", "0", "must be a whole number from 1 to 65535"],
    ["PORT", "65536", "must be a whole number from 1 to 65535"],
    ["PORT", "80.5", "must be a whole number from 1 to 65535"],
    ["DATABASE_URL", "mysql://db/res45", "must be a postgres:// or postgresql:// URL"],
    ["SEED_DEMO", "yes", "must be true, false, 1 or 0"],
    ["BETTER_AUTH_URL", "readiness.example.org", "must be an http:// or https:// URL"],
    ["REPORT_BASE_URL", "ftp://10.0.0.5", "must be an http:// or https:// URL"],
    ["LINK_CHECK_INTERVAL_MINUTES", "-5", "must be a whole number of minutes from 0 to 10080"],
    ["LINK_CHECK_INTERVAL_MINUTES", "10081", "must be a whole number of minutes from 0 to 10080"],
    ["SMTP_URL", "mail.example.org:587", "must be an smtp:// or smtps:// URL"],
    ["SMTP_URL", "https://mail.example.org", "must be an smtp:// or smtps:// URL"],
    ["MAIL_FROM", "readiness", "must be an e-mail address"],
    ["MAIL_FROM", "Res45 <readiness>", "must be an e-mail address"],
    ["MAIL_RETRY_BASE_MS", "10", "must be a whole number of milliseconds from 100 to 3600000"],
    ["MAIL_RETRY_BASE_MS", "1.5", "must be a whole number of milliseconds from 100 to 3600000"],
    ["REMINDER_DAYS", "14,7,7", "must be distinct whole days from 0 to 365"],
    ["REMINDER_DAYS", "two weeks", "must be distinct whole days from 0 to 365"],
    ["REMINDER_INTERVAL_MINUTES", "1441", "must be a whole number of minutes from 0 to 1440"],
    ["CONCURRENT_REQUESTS", "0", "must be a whole number from 1 to 64"],
    ["CONCURRENT_REQUESTS", "four", "must be a whole number from 1 to 64"],
    ["HEAP_LIMIT_MB", "64", "must be a whole number from 128 to 65536"],
    ["HEAP_LIMIT_MB", "1.5e3", "must be a whole number from 128 to 65536"],
  ])("refuses %s=%s", (name, value, message) => {
    const problems = problemsOf({ [name]: value });
    expect(Object.keys(problems)).toEqual([name]);
    expect(problems[name]).toContain(message);
  });

  it("names every wrong variable in one message, one per line, without echoing values", () => {
    let message = "";
    try {
      parseServerEnv({ PORT: "70000", SEED_DEMO: "maybe", DATABASE_URL: "http://secret-password@db" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("Invalid environment");
    expect(message).toContain("\n  PORT: must be a whole number from 1 to 65535");
    expect(message).toContain("\n  SEED_DEMO: must be true, false, 1 or 0");
    expect(message).toContain("\n  DATABASE_URL: must be a postgres:// or postgresql:// URL");
    expect(message).not.toContain("secret-password");
    expect(message).not.toContain("maybe");
  });

  describe("single sign-on (OpenID Connect)", () => {
    const single = {
      BETTER_AUTH_URL: "https://readiness.example.org",
      OIDC_ISSUER: "https://login.example.org/realms/itu",
      OIDC_CLIENT_ID: "res45",
      OIDC_CLIENT_SECRET: "client-secret-1",
    };
    const withUrl = { BETTER_AUTH_URL: "https://readiness.example.org" };
    const entry = { id: "itu", name: "ITU", issuer: "https://sso.itu.int", clientId: "r45", clientSecret: "x-secret" };

    it("reads the provider of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, labelled by OIDC_NAME", () => {
      expect(parseServerEnv(single).oidcProviders).toEqual([
        {
          id: "oidc",
          name: DEFAULT_OIDC_NAME,
          issuer: "https://login.example.org/realms/itu",
          clientId: "res45",
          clientSecret: "client-secret-1",
        },
      ]);
      expect(parseServerEnv({ ...single, OIDC_NAME: " Microsoft Entra " }).oidcProviders[0]!.name).toBe(
        "Microsoft Entra",
      );
    });

    it("reads more providers from OIDC_PROVIDERS, after the one of OIDC_ISSUER", () => {
      const second = { ...entry, id: "unicc", name: "UNICC" };
      expect(
        parseServerEnv({ ...single, OIDC_PROVIDERS: JSON.stringify([entry, second]) }).oidcProviders.map((p) => p.id),
      ).toEqual(["oidc", "itu", "unicc"]);
      expect(
        parseServerEnv({ BETTER_AUTH_URL: single.BETTER_AUTH_URL, OIDC_PROVIDERS: JSON.stringify([entry]) })
          .oidcProviders,
      ).toEqual([entry]);
    });

    it.each(["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const)(
      "refuses the other two without %s, naming it and not echoing the secret",
      (missing) => {
        const source: Record<string, string> = { ...single };
        delete source[missing];
        const problems = problemsOf(source);
        expect(Object.keys(problems)).toEqual([missing]);
        expect(problems[missing]).toContain("must be set with");
        expect(JSON.stringify(problems)).not.toContain("client-secret-1");
      },
    );

    it.each([
      [{ ...single, OIDC_ISSUER: "login.example.org" }, "OIDC_ISSUER", "must be an http:// or https:// URL"],
      [{ OIDC_NAME: "ITU" }, "OIDC_NAME", "OIDC_ISSUER, which is not set"],
      [{ ...single, BETTER_AUTH_URL: "" }, "BETTER_AUTH_URL", "must be set for single sign-on"],
      [{ OIDC_PROVIDERS: JSON.stringify([entry]) }, "BETTER_AUTH_URL", "must be set for single sign-on"],
      [{ ...withUrl, OIDC_PROVIDERS: "{" }, "OIDC_PROVIDERS", "must be a JSON array"],
      [{ ...withUrl, OIDC_PROVIDERS: "[]" }, "OIDC_PROVIDERS", "must be a non-empty JSON array"],
      [
        { ...withUrl, OIDC_PROVIDERS: JSON.stringify([{ ...entry, id: "ITU!" }]) },
        "OIDC_PROVIDERS",
        "entry 1: id: id must be",
      ],
      [
        { ...withUrl, OIDC_PROVIDERS: JSON.stringify([{ ...entry, issuer: "ftp://x" }]) },
        "OIDC_PROVIDERS",
        "entry 1: issuer:",
      ],
      [
        { ...withUrl, OIDC_PROVIDERS: JSON.stringify([entry, { ...entry, clientId: undefined }]) },
        "OIDC_PROVIDERS",
        "entry 2: clientId is missing",
      ],
      [
        { ...withUrl, OIDC_PROVIDERS: JSON.stringify([{ ...entry, scope: "x" }]) },
        "OIDC_PROVIDERS",
        "entry 1: unknown field scope",
      ],
      [{ ...withUrl, OIDC_PROVIDERS: JSON.stringify([entry, entry]) }, "OIDC_PROVIDERS", 'id "itu" is given twice'],
      [
        { ...single, OIDC_PROVIDERS: JSON.stringify([{ ...entry, id: "oidc" }]) },
        "OIDC_PROVIDERS",
        "is the provider of OIDC_ISSUER",
      ],
    ])("refuses %j (%s)", (source, name, message) => {
      const problems = problemsOf(source as Record<string, string>);
      expect(Object.keys(problems)).toEqual([name]);
      expect(problems[name]).toContain(message);
      expect(JSON.stringify(problems)).not.toContain("x-secret");
    });
  });
});
