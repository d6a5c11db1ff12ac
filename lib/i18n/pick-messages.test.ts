import { describe, expect, it } from "vitest";
import { isCovered, outermostPaths, pickMessages, type Messages } from "./pick-messages";

const catalogue: Messages = {
  common: { appName: "Res45", status: { draft: "Draft", submitted: "Submitted" } },
  analysis: { ranking: { search: "Search" }, map: { legend: "Legend" }, charts: { states: "{count} states" } },
  errors: { auth: "Sign in" },
};

describe("pickMessages", () => {
  it("keeps each named subtree at its place and leaves the rest out", () => {
    expect(pickMessages(catalogue, ["analysis.ranking", "common.status"])).toEqual({
      analysis: { ranking: { search: "Search" } },
      common: { status: { draft: "Draft", submitted: "Submitted" } },
    });
  });

  it("takes a whole namespace once, whatever order its parts are named in", () => {
    const whole = { analysis: catalogue.analysis };
    expect(pickMessages(catalogue, ["analysis.map", "analysis"])).toEqual(whole);
    expect(pickMessages(catalogue, ["analysis", "analysis.map"])).toEqual(whole);
  });

  it("skips a path that names nothing and never changes the catalogue", () => {
    const before = JSON.stringify(catalogue);
    expect(pickMessages(catalogue, ["analysis.missing", "nowhere", "common.appName"])).toEqual({
      common: { appName: "Res45" },
    });
    expect(JSON.stringify(catalogue)).toBe(before);
  });
});

describe("outermostPaths and isCovered", () => {
  it("drop the paths another covers, on whole segments only", () => {
    expect(outermostPaths(["analysis.ranking", "analysis", "common.status", "commonx"])).toEqual([
      "analysis",
      "common.status",
      "commonx",
    ]);
    expect(isCovered("analysis.ranking", ["analysis"])).toBe(true);
    expect(isCovered("analysis", ["analysis.ranking"])).toBe(false);
    expect(isCovered("commonx.a", ["common"])).toBe(false);
  });
});
