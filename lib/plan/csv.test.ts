import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "../framework";
import { action } from "./actions.test";
import { planCsv } from "./csv";

describe("planCsv", () => {
  it("writes one row per action with the question, clause citation and overdue flag, formulas neutralised", () => {
    const csv = planCsv(
      CURRENT_FRAMEWORK,
      [action({ title: '=HYPERLINK("x")', targetDate: "2026-01-31", status: "in_progress" })],
      "2026-11-29",
    );
    const [header, row, end] = csv.split("\r\n");
    expect(header!.split(",")).toContain("clause_citation");
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain("Resolution 45, recognizing i");
    expect(row).toContain(",In progress,yes,2026,");
    expect(end).toBe("");
  });
});
