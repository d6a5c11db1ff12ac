import { describe, expect, it } from "vitest";
import { formatScore } from "../scoring";
import { mapStates, packCycleDataset, unpackCycleRows, wireScore, type DatasetTier } from "./cycle-dataset";
import { unsharedRecord } from "./testing";
import type { CycleScoreRow } from "./types";

const TIERS: DatasetTier[] = [
  { level: 1, name: "Modèle", englishName: "Role-modelling", minScore: 95 },
  { level: 3, name: "En place", englishName: "Establishing", minScore: 55 },
  { level: 5, name: "En construction", englishName: "Building", minScore: 0 },
];

const scored: CycleScoreRow & { englishName: string } = {
  iso3: "CIV",
  name: "Côte d'Ivoire",
  englishName: "Côte d’Ivoire",
  region: "africa",
  status: "validated",
  overall: 7.916666666666666,
  tier: { level: 5, name: "Building" },
  pillars: { legal: 12.345, technical: 0.004999999 },
  outcomes: { "D.3-1": 99.995 },
  completion: 1,
  scoreKind: "validated",
};
const draft: CycleScoreRow & { englishName: string } = {
  iso3: "KEN",
  name: "Kenya",
  englishName: "Kenya",
  region: "africa",
  status: "draft",
  overall: null,
  tier: null,
  pillars: null,
  outcomes: null,
  completion: 0.4,
  scoreKind: null,
};

describe("wire scores", () => {
  it("keep the two decimals the pages show, so a figure reads the same from either", () => {
    for (const score of [7.916666666666666, 0.005, 0.004999999, 12.345, 99.995, 100, 0, 84.64999999])
      expect(formatScore(wireScore(score))).toBe(formatScore(score));
    expect(wireScore(7.916666666666666)).toBe(7.92);
  });
});

describe("the cycle's data set", () => {
  const dataset = packCycleDataset([scored, draft], ["legal", "technical"], ["D.3-1"], TIERS);

  it("carries a tier by its level, scores as arrays, and the English name only where it differs", () => {
    expect(dataset.rows).toEqual([
      {
        iso3: "CIV",
        name: "Côte d'Ivoire",
        englishName: "Côte d’Ivoire",
        region: "africa",
        status: "validated",
        scoreKind: "validated",
        overall: 7.92,
        tier: 5,
        pillars: [12.35, 0.01],
        outcomes: [100],
      },
      unsharedRecord("KEN", "Kenya", "africa"),
    ]);
    expect(dataset.tiers).toEqual(TIERS);
  });

  it("unpacks into the rows the ranking reads, tiers named in English as stored scores name them", () => {
    const [civ, ken] = unpackCycleRows(dataset);
    const { completion: _, ...shown } = scored;
    expect(civ).toEqual({
      ...shown,
      overall: 7.92,
      pillars: { legal: 12.35, technical: 0.01 },
      outcomes: { "D.3-1": 100 },
    });
    expect(ken?.englishName).toBe("Kenya");
    expect(ken?.tier).toBeNull();
    expect(ken?.pillars).toBeNull();
  });
});

describe("map states", () => {
  const rows = unpackCycleRows(
    packCycleDataset(
      [
        { ...scored, status: "submitted" },
        {
          ...draft,
          iso3: "GHA",
          name: "Ghana",
          englishName: "Ghana",
          status: "validated",
          overall: 60,
          tier: { level: 3, name: "Establishing" },
        },
      ],
      [],
      [],
      TIERS,
    ),
  );

  it("score only counted states, with the tier named in the reader's language", () => {
    expect(mapStates(rows, "validated", TIERS)).toEqual({
      CIV: { name: "Côte d'Ivoire", status: "submitted", overall: null, tier: null },
      GHA: { name: "Ghana", status: "validated", overall: 60, tier: { level: 3, name: "En place" } },
    });
    expect(mapStates(rows, "submitted", TIERS).CIV).toEqual({
      name: "Côte d'Ivoire",
      status: "submitted",
      overall: 7.92,
      tier: { level: 5, name: "En construction" },
    });
  });
});
