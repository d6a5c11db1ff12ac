import { beforeAll, describe, expect, it } from "vitest";
import { currentCycleYear } from "@/db/seed/reference";
import type { Actor } from "@/lib/assessment/actor";
import { CURRENT_FRAMEWORK, bestOption } from "@/lib/framework";
import {
  addCycle,
  createActor,
  insertScoredAssessment,
  refusalCode,
  useServiceDatabase,
} from "./testing/service-database";
import { moveMemberState } from "./admin";
import { listCycleScores, readCycleAnswersCsv, readCycleScores, readRegionalAverages } from "./analysis";
import { saveAnswers, validateAssessment } from "./assessments";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const OTHER = CYCLE - 1;
const question = CURRENT_FRAMEWORK.questions[0]!;

let chile: Actor;
let analyst: Actor;
let admin: Actor;

/** The entity tag of each of the cycle's analyst reads. */
async function tags(cycle = CYCLE) {
  return {
    scores: (await readCycleScores(analyst, cycle)).etag,
    regions: (await readRegionalAverages(analyst, cycle, "validated")).etag,
    answers: (await readCycleAnswersCsv(analyst, cycle)).etag,
  };
}

/** Every tag differs from before. */
function allChanged(before: Record<string, string>, after: Record<string, string>) {
  for (const key of Object.keys(before)) expect(after[key], key).not.toBe(before[key]);
}

beforeAll(async () => {
  chile = await createActor(db.connection(), "focal_point", "CHL");
  analyst = await createActor(db.connection(), "analyst");
  admin = await createActor(db.connection(), "admin");
  await addCycle(db.connection(), OTHER, "closed");
  await insertScoredAssessment(db.connection(), { iso3: "ARG", cycle: CYCLE, status: "validated", overall: 55 });
  await insertScoredAssessment(db.connection(), { iso3: "URY", cycle: CYCLE, status: "submitted", overall: 45 });
  await insertScoredAssessment(db.connection(), { iso3: "PER", cycle: OTHER, status: "validated", overall: 35 });
});

describe("a cycle's entity tags", () => {
  it("stay the same while nothing changes, and differ between reads and cycles", async () => {
    const first = await tags();
    expect(await tags()).toEqual(first);
    expect(new Set(Object.values(first)).size).toBe(3);
    expect((await tags(OTHER)).scores).not.toBe(first.scores);
  });

  it("change when a focal point saves an answer (new scores), and not in another cycle", async () => {
    const before = await tags();
    const other = await tags(OTHER);
    await saveAnswers(chile, "CHL", CYCLE, {
      version: 0,
      answers: [{ questionId: question.id, value: bestOption(question).value, evidence: [] }],
    });
    allChanged(before, await tags());
    expect(await tags(OTHER)).toEqual(other);
    expect((await listCycleScores(analyst, CYCLE)).find((r) => r.iso3 === "CHL")?.status).toBe("draft");
  });

  it("change when an assessment is validated, and the cached figures follow", async () => {
    const before = await tags();
    await validateAssessment(analyst, "URY", CYCLE);
    allChanged(before, await tags());
    expect((await listCycleScores(analyst, CYCLE)).find((r) => r.iso3 === "URY")?.status).toBe("validated");
  });

  it("change in every cycle when an administrator moves a state to another region", async () => {
    const before = await tags();
    const other = await tags(OTHER);
    await moveMemberState(admin, { iso3: "URY", region: "europe" });
    allChanged(before, await tags());
    allChanged(other, await tags(OTHER));
    expect((await listCycleScores(analyst, CYCLE)).find((r) => r.iso3 === "URY")?.region).toBe("europe");
    await moveMemberState(admin, { iso3: "URY", region: "americas" });
  });

  it("differ between readers who see different averages, and between counting rules", async () => {
    const [bdt, focal, submitted] = await Promise.all([
      readRegionalAverages(analyst, CYCLE, "validated"),
      readRegionalAverages(chile, CYCLE, "validated"),
      readRegionalAverages(analyst, CYCLE, "submitted"),
    ]);
    expect(focal.etag).not.toBe(bdt.etag);
    expect(submitted.etag).not.toBe(bdt.etag);
    // Two analysts see the same figures: one tag.
    const other = await createActor(db.connection(), "analyst");
    expect((await readRegionalAverages(other, CYCLE, "validated")).etag).toBe(bdt.etag);
  });

  it("are never given to a reader who may not read, nor for an unknown cycle", async () => {
    expect(await refusalCode(readCycleScores(chile, CYCLE))).toBe("forbidden.bdt_only");
    expect(await refusalCode(readCycleAnswersCsv(chile, CYCLE))).toBe("forbidden.bdt_only");
    expect(await refusalCode(readCycleScores(analyst, 1999))).toBe("not_found.cycle");
    expect(await refusalCode(readRegionalAverages(chile, 1999, "validated"))).toBe("not_found.cycle");
  });
});
