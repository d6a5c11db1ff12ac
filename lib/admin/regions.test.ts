import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "../reference";
import { STATES_WITH_CONTESTED_REGION, regionMoveRefusal } from "./regions";
import { moveMemberStateSchema } from "./regions.validation";

describe("moving a Member State to another region", () => {
  it("accepts each of the six BDT regions", () => {
    for (const region of ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe"]) {
      expect(moveMemberStateSchema.safeParse({ iso3: "GEO", region }).success).toBe(true);
    }
  });

  it("refuses an unknown region with the list of valid ones, and a malformed state code", () => {
    const result = moveMemberStateSchema.safeParse({ iso3: "geo", region: "oceania" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["iso3", "validation.choose_member_state"],
      ["region", "validation.choose_region"],
    ]);
  });

  it("refuses a move to the region the state is in already", () => {
    expect(regionMoveRefusal("Georgia", "europe", "europe")).toEqual({
      code: "validation.region_unchanged",
      params: { state: "Georgia", region: "Europe" },
    });
    expect(regionMoveRefusal("Georgia", "europe", "cis")).toBeNull();
  });

  it("names Member States whose region ITU-D sources disagree on", () => {
    for (const iso3 of STATES_WITH_CONTESTED_REGION) {
      expect(MEMBER_STATES.find((s) => s.iso3 === iso3)?.region).toBe("europe");
    }
  });
});
