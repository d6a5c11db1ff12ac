import { beforeAll, describe, expect, it } from "vitest";
import { currentCycleYear } from "@/db/seed/reference";
import { planActions } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import {
  addCycle,
  createActor,
  insertScoredAssessment,
  refusalCode,
  useServiceDatabase,
} from "./testing/service-database";
import { listRegionalAverages } from "./analysis";
import { getResults } from "./results";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const CLOSED = CYCLE - 1;
const PILLARS = CURRENT_FRAMEWORK.pillars.map((p) => p.id);
const [MISSING] = PILLARS;

let france: Actor;
let kenya: Actor;
let brazil: Actor;
let analyst: Actor;
let admin: Actor;

/** An assessment row with every pillar and outcome at `overall`, but those left out (an older questionnaire's). */
async function assess(iso3: string, cycle: number, status: string, overall: number, withoutPillar?: string) {
  await insertScoredAssessment(db.connection(), { iso3, cycle, status, overall, withoutPillar });
}

async function addAction(iso3: string) {
  const question = CURRENT_FRAMEWORK.questions[0]!;
  await db
    .connection()
    .db.insert(planActions)
    .values({
      iso3,
      questionId: question.id,
      clause: "1",
      title: `Close the gap of ${iso3}`,
      owner: "Ministry",
      targetDate: `${CYCLE}-12-31`,
      priority: "high",
      createdCycle: CLOSED,
    });
}

beforeAll(async () => {
  france = await createActor(db.connection(), "focal_point", "FRA");
  kenya = await createActor(db.connection(), "focal_point", "KEN");
  brazil = await createActor(db.connection(), "focal_point", "BRA");
  analyst = await createActor(db.connection(), "analyst");
  admin = await createActor(db.connection(), "admin");
  await addCycle(db.connection(), CLOSED, "closed");
  // Europe: three validated assessments, one of them without a score for the first pillar.
  await assess("FRA", CYCLE, "validated", 60, MISSING);
  await assess("DEU", CYCLE, "validated", 80);
  await assess("ITA", CYCLE, "validated", 70);
  await assess("PRT", CYCLE, "submitted", 10);
  await assess("ESP", CYCLE, "draft", 5);
  await assess("FRA", CLOSED, "validated", 40);
  await assess("AUT", CLOSED, "validated", 50);
  await assess("AUT", CYCLE, "draft", 55);
  // Africa: a single validated assessment.
  await assess("KEN", CYCLE, "validated", 45);
  await addAction("FRA");
  await addAction("AUT");
});

describe("who may read a state's results", () => {
  it("lets the state's focal points and BDT read a shared assessment's results", async () => {
    for (const actor of [france, analyst, admin])
      expect((await getResults(actor, "FRA", CYCLE)).assessment.status).toBe("validated");
  });

  it("refuses another state's focal point, and BDT a draft", async () => {
    expect(await refusalCode(getResults(brazil, "FRA", CYCLE))).toBe("forbidden.other_state");
    expect(await refusalCode(getResults(analyst, "ESP", CYCLE))).toBe("forbidden.draft");
  });

  it("answers 404 codes for an unknown state or cycle", async () => {
    expect(await refusalCode(getResults(analyst, "XXX", CYCLE))).toBe("not_found.member_state");
    expect(await refusalCode(getResults(france, "FRA", 1999))).toBe("not_found.cycle");
  });

  it("shows BDT a state that has not started, with no scores to compare and no plan", async () => {
    const results = await getResults(analyst, "IND", CYCLE);
    expect(results.assessment.status).toBe("not_started");
    expect(results.previous).toBeNull();
    expect(results.plan).toBeNull();
  });
});

describe("what the results compare with", () => {
  it("takes the latest earlier validated assessment as the previous cycle", async () => {
    expect((await getResults(france, "FRA", CYCLE)).previous).toMatchObject({ cycle: CLOSED, scores: { overall: 40 } });
    expect((await getResults(analyst, "DEU", CYCLE)).previous).toBeNull();
  });

  it("compares with the earlier cycle's validated score where BDT stored one, as the scores API does", async () => {
    await insertScoredAssessment(db.connection(), {
      iso3: "BRA",
      cycle: CLOSED,
      status: "validated",
      overall: 50,
      validated: 30,
    });
    await insertScoredAssessment(db.connection(), { iso3: "BRA", cycle: CYCLE, status: "submitted", overall: 60 });
    expect((await getResults(brazil, "BRA", CYCLE)).previous).toMatchObject({ cycle: CLOSED, scores: { overall: 30 } });
  });

  it("shows the plan to the state (to change) and to BDT (to read) while the newest assessment is shared", async () => {
    const own = await getResults(france, "FRA", CYCLE);
    expect(own.plan).toMatchObject({ canEdit: true, actions: [{ iso3: "FRA", title: "Close the gap of FRA" }] });
    expect(own.plan?.effects).toHaveLength(1);
    expect((await getResults(analyst, "FRA", CYCLE)).plan).toMatchObject({
      canEdit: false,
      actions: [{ iso3: "FRA" }],
    });
    // AUT's older results are validated, but its newest assessment is a draft: BDT sees no plan.
    const older = await getResults(analyst, "AUT", CLOSED);
    expect(older.assessment.status).toBe("validated");
    expect(older.plan).toBeNull();
  });
});

describe("the region average agrees with BDT's regional figures", () => {
  async function both(actor: Actor, iso3: string, region: string) {
    const [results, figures] = await Promise.all([
      getResults(actor, iso3, CYCLE),
      listRegionalAverages(actor, CYCLE, "validated"),
    ]);
    return { average: results.regionAverage, figures: figures.find((f) => f.region === region)! };
  }

  it("averages the same validated assessments the same way, skipping a missing pillar score", async () => {
    for (const actor of [france, analyst]) {
      const { average, figures } = await both(actor, "FRA", "europe");
      expect(average).toEqual({
        count: figures.counted,
        overall: figures.overall,
        pillars: figures.pillars,
        outcomes: figures.outcomes,
      });
      expect(average?.count).toBe(3);
      expect(average?.overall).toBe(70);
      // France has no score for the first pillar: (80 + 70) / 2, not (0 + 80 + 70) / 3.
      expect(average?.pillars[MISSING!]).toBe(75);
    }
  });

  it("hides a region of fewer than three states from its focal points in both, and shows it to BDT in both", async () => {
    const forKenya = await both(kenya, "KEN", "africa");
    expect(forKenya.average).toBeNull();
    expect(forKenya.figures).toMatchObject({ counted: 1, overall: null });
    const forBdt = await both(analyst, "KEN", "africa");
    expect(forBdt.average?.overall).toBe(45);
    expect(forBdt.figures.overall).toBe(45);
  });
});
