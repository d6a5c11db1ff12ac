import { beforeAll, describe, expect, it } from "vitest";
import { currentCycleYear } from "@/db/seed/reference";
import { answers } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import {
  addCycle,
  createActor,
  insertScoredAssessment,
  refusalCode,
  useServiceDatabase,
} from "./testing/service-database";
import {
  listCycleAnswers,
  listCycleScores,
  listRegionAnswers,
  listRegionalAverages,
  listStateScoreHistory,
} from "./analysis";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const CLOSED = CYCLE - 1;
const question = CURRENT_FRAMEWORK.questions[0]!;

let france: Actor;
let analyst: Actor;
let admin: Actor;

/** An assessment row with every pillar and outcome at `overall`, in the given status, and one answer. */
async function assess(iso3: string, cycle: number, status: string, overall: number) {
  const assessmentId = await insertScoredAssessment(db.connection(), { iso3, cycle, status, overall });
  await db
    .connection()
    .db.insert(answers)
    .values({ assessmentId, questionId: question.id, value: question.options[0]!.value });
}

beforeAll(async () => {
  france = await createActor(db.connection(), "focal_point", "FRA");
  analyst = await createActor(db.connection(), "analyst");
  admin = await createActor(db.connection(), "admin");
  await addCycle(db.connection(), CLOSED, "closed");
  await assess("FRA", CYCLE, "validated", 60);
  await assess("DEU", CYCLE, "validated", 80);
  await assess("PRT", CYCLE, "submitted", 50);
  await assess("ESP", CYCLE, "draft", 10);
  await assess("KEN", CYCLE, "validated", 40);
  await assess("ESP", CLOSED, "validated", 30);
});

describe("who may read BDT's analysis", () => {
  it("keeps every state's scores, answers and history from focal points", async () => {
    expect(await refusalCode(listCycleScores(france, CYCLE))).toBe("forbidden.bdt_only");
    expect(await refusalCode(listCycleAnswers(france, CYCLE))).toBe("forbidden.bdt_only");
    expect(await refusalCode(listRegionAnswers(france, CYCLE, "europe", "validated"))).toBe("forbidden.bdt_only");
    expect(await refusalCode(listStateScoreHistory(france, "FRA"))).toBe("forbidden.bdt_only");
  });

  it("lets analysts and administrators read them", async () => {
    for (const actor of [analyst, admin]) {
      expect(await listCycleScores(actor, CYCLE)).toHaveLength(193);
      expect((await listCycleAnswers(actor, CYCLE)).length).toBeGreaterThan(0);
      expect((await listRegionAnswers(actor, CYCLE, "europe", "validated")).states.length).toBeGreaterThan(0);
      expect((await listStateScoreHistory(actor, "FRA")).cycles).toHaveLength(2);
    }
  });

  it("lets focal points read regional averages", async () => {
    expect(await listRegionalAverages(france, CYCLE, "validated")).toHaveLength(6);
  });

  it("answers 404 codes for an unknown cycle or state", async () => {
    expect(await refusalCode(listCycleScores(analyst, 1999))).toBe("not_found.cycle");
    expect(await refusalCode(listRegionalAverages(france, 1999, "validated"))).toBe("not_found.cycle");
    expect(await refusalCode(listCycleAnswers(analyst, 1999))).toBe("not_found.cycle");
    expect(await refusalCode(listRegionAnswers(analyst, 1999, "europe", "validated"))).toBe("not_found.cycle");
    expect(await refusalCode(listStateScoreHistory(analyst, "XXX"))).toBe("not_found.member_state");
  });
});

describe("what is shared with BDT", () => {
  it("shows the scores of shared assessments only: none of a draft or of a state that has not started", async () => {
    const rows = new Map((await listCycleScores(analyst, CYCLE)).map((r) => [r.iso3, r]));
    expect(rows.get("FRA")).toMatchObject({ status: "validated", overall: 60, tier: { level: 3 } });
    expect(rows.get("PRT")).toMatchObject({ status: "submitted", overall: 50 });
    expect(rows.get("ESP")).toMatchObject({ status: "draft", overall: null, tier: null, pillars: null, completion: 1 });
    expect(rows.get("IND")).toMatchObject({ status: "not_started", overall: null, tier: null, completion: 0 });
  });

  it("exports the answers of shared assessments only", async () => {
    const rows = await listCycleAnswers(analyst, CYCLE);
    expect(rows.map((r) => r.iso3).sort()).toEqual(["DEU", "FRA", "KEN", "PRT"]);
    expect(rows[0]!.answers).toEqual([{ questionId: question.id, value: question.options[0]!.value, evidence: [] }]);
  });

  it("follows a state across cycles, hiding a draft's scores", async () => {
    const history = await listStateScoreHistory(analyst, "ESP");
    expect(history).toMatchObject({ iso3: "ESP", name: "Spain", region: "europe" });
    expect(history.cycles).toEqual([
      {
        cycle: CLOSED,
        status: "validated",
        overall: 30,
        tier: { level: 3, name: "Developing" },
        pillars: expect.any(Object),
        // Validated before the validated score existed: the only score it has is the self-assessed one.
        scoreKind: "self_assessed",
      },
      { cycle: CYCLE, status: "draft", overall: null, tier: null, pillars: null, scoreKind: null },
    ]);
  });
});

describe("what a comparison counts", () => {
  it("averages validated assessments, and submitted ones on request", async () => {
    const europe = (include: "validated" | "submitted") =>
      listRegionalAverages(analyst, CYCLE, include).then((f) => f.find((r) => r.region === "europe")!);
    expect(await europe("validated")).toMatchObject({ counted: 2, overall: 70 });
    expect(await europe("submitted")).toMatchObject({ counted: 3, overall: 190 / 3 });
    expect((await europe("validated")).states).toBeGreaterThan(40);
  });

  it("averages the validated score once BDT stored one, as the scores API shows it", async () => {
    await insertScoredAssessment(db.connection(), {
      iso3: "ARG",
      cycle: CYCLE,
      status: "validated",
      overall: 50,
      validated: 35,
    });
    const americas = (await listRegionalAverages(analyst, CYCLE, "validated")).find((r) => r.region === "americas")!;
    expect(americas).toMatchObject({ counted: 1, overall: 35 });
    const row = (await listCycleScores(analyst, CYCLE)).find((r) => r.iso3 === "ARG")!;
    expect(row).toMatchObject({ scoreKind: "validated", overall: 35 });
  });

  it("hides from focal points the average of fewer than three states", async () => {
    const [forBdt, forFrance] = await Promise.all([
      listRegionalAverages(analyst, CYCLE, "validated"),
      listRegionalAverages(france, CYCLE, "validated"),
    ]);
    expect(forBdt.find((r) => r.region === "africa")).toMatchObject({ counted: 1, overall: 40 });
    expect(forFrance.find((r) => r.region === "africa")).toMatchObject({ counted: 1, overall: null, pillars: null });
    expect(forFrance.find((r) => r.region === "europe")).toMatchObject({ counted: 2, overall: null });
    expect((await listRegionalAverages(france, CYCLE, "submitted")).find((r) => r.region === "europe")).toMatchObject({
      counted: 3,
      overall: 190 / 3,
    });
  });

  it("puts a region's counted states in the heat map, by name", async () => {
    const heatmap = await listRegionAnswers(analyst, CYCLE, "europe", "submitted");
    expect(heatmap.states.map((s) => s.iso3)).toEqual(["FRA", "DEU", "PRT"]);
    expect(heatmap.answers).toHaveLength(3);
  });
});
