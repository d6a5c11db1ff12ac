import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { AUDIT_FIELDS } from "./audit-fields";

describe("audit fields", () => {
  it("each has a label on the audit page in every language", () => {
    for (const locale of LOCALES) {
      const url = new URL(`../i18n/messages/${locale}/results.json`, import.meta.url);
      const labels = (JSON.parse(readFileSync(url, "utf8")) as { audit: { field: Record<string, string> } }).audit
        .field;
      for (const field of AUDIT_FIELDS) expect(labels[field], `${locale}: results.audit.field.${field}`).toBeTruthy();
    }
  });

  it("are the values the database accepts", () => {
    const schema = readFileSync(new URL("../../db/schema/assessments.ts", import.meta.url), "utf8");
    const check = /audit_log_field_check",\s*sql`\$\{t\.field\} in \(([^)]*)\)`/.exec(schema);
    expect(check?.[1]?.split(",").map((v) => v.trim().replace(/'/g, ""))).toEqual([...AUDIT_FIELDS]);
  });
});
