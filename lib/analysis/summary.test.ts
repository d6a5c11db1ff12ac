import { describe, expect, it } from "vitest";
import { cycleSummary } from "./summary";
import type { CycleScoreRow } from "./types";

const row = (status: CycleScoreRow["status"], overall: number | null): CycleScoreRow => ({
  iso3: "AAA",
  name: "A",
  region: "africa",
  status,
  overall,
  tier: null,
  scoreKind: overall === null ? null : "self_assessed",
  pillars: null,
  outcomes: null,
  completion: 1,
});

describe("cycle summary", () => {
  const rows = [
    row("validated", 40),
    row("validated", 80),
    row("submitted", 90),
    row("returned", 10),
    row("draft", null),
    row("not_started", null),
  ];

  it("counts validated states and summarises their overall scores", () => {
    expect(cycleSummary(rows, "validated")).toEqual({
      states: 6,
      counted: 2,
      awaitingReview: 1,
      meanOverall: 60,
      medianOverall: 60,
    });
  });

  it("adds submitted ones on request", () => {
    expect(cycleSummary(rows, "submitted")).toMatchObject({ counted: 3, meanOverall: 70, medianOverall: 80 });
  });

  it("has no mean or median without counted states", () => {
    expect(cycleSummary([row("draft", null)], "validated")).toEqual({
      states: 1,
      counted: 0,
      awaitingReview: 0,
      meanOverall: null,
      medianOverall: null,
    });
  });
});
