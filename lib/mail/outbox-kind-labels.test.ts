import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { MAIL_KINDS } from "./templates";

// The outbox page names each message's kind with admin.outbox.kinds.<kind>: a kind without a label breaks the page.
describe("outbox kind labels", () => {
  it.each(LOCALES)("every kind of message has a label in %s", async (locale) => {
    const admin = (await import(`../i18n/messages/${locale}/admin.json`)).default as {
      outbox: { kinds: Record<string, string> };
    };
    for (const kind of MAIL_KINDS) expect(admin.outbox.kinds[kind], `${locale}: ${kind}`).toBeTruthy();
  });
});
