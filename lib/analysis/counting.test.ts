import { describe, expect, it } from "vitest";
import { ASSESSMENT_STATUSES } from "../assessment/status";
import { countedDescription, countedStatuses, isCounted } from "./counting";

describe("counted assessments", () => {
  it("counts only validated assessments by default", () => {
    expect(ASSESSMENT_STATUSES.filter((s) => isCounted(s, "validated"))).toEqual(["validated"]);
    expect(countedDescription("validated")).toBe("validated assessments");
  });

  it("adds submitted ones on request, never returned ones or drafts", () => {
    expect(ASSESSMENT_STATUSES.filter((s) => isCounted(s, "submitted"))).toEqual(["submitted", "validated"]);
    expect(countedStatuses("submitted")).not.toContain("returned");
    expect(countedDescription("submitted")).toBe("validated and submitted assessments");
  });
});
