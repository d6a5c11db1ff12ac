import { beforeAll, describe, expect, it } from "vitest";
import { currentCycleYear } from "@/db/seed/reference";
import { assessments } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { createActor, refusalCode, useServiceDatabase } from "./testing/service-database";
import { listReviewQueue } from "./review";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const SUBMITTED_AT = new Date("2026-03-01T10:00:00Z");

let kenya: Actor;
let analyst: Actor;
let admin: Actor;

beforeAll(async () => {
  kenya = await createActor(db.connection(), "focal_point", "KEN");
  analyst = await createActor(db.connection(), "analyst");
  admin = await createActor(db.connection(), "admin");
  const row = (iso3: string, status: string, overall: number) => ({
    iso3,
    cycle: CYCLE,
    status,
    frameworkId: CURRENT_FRAMEWORK.id,
    overall,
    tierLevel: 2,
    tierName: "Advancing",
    completion: 0.5,
    submittedAt: status === "draft" ? null : SUBMITTED_AT,
  });
  await db
    .connection()
    .db.insert(assessments)
    .values([row("KEN", "draft", 12), row("BRA", "submitted", 55), row("FRA", "returned", 0)]);
});

describe("the review queue", () => {
  it("is BDT's: a focal point is refused", async () => {
    expect(await refusalCode(listReviewQueue(kenya, CYCLE))).toBe("forbidden.bdt_only");
  });

  it("lists every Member State for analysts and administrators", async () => {
    expect(await listReviewQueue(analyst, CYCLE)).toHaveLength(193);
    expect(await listReviewQueue(admin, CYCLE)).toHaveLength(193);
  });

  it("shows the scores of shared assessments, none of a draft or of a state that has not started", async () => {
    const rows = new Map((await listReviewQueue(analyst, CYCLE)).map((r) => [r.iso3, r]));
    expect(rows.get("BRA")).toEqual({
      iso3: "BRA",
      name: "Brazil",
      region: "americas",
      status: "submitted",
      completion: 0.5,
      overall: 55,
      tier: "Tier 2 · Advancing",
      submittedAt: SUBMITTED_AT.toISOString(),
    });
    expect(rows.get("FRA")).toMatchObject({ status: "returned", overall: 0, tier: "Tier 2 · Advancing" });
    expect(rows.get("KEN")).toMatchObject({ status: "draft", completion: 0.5, overall: null, tier: null });
    expect(rows.get("IND")).toMatchObject({ status: "not_started", completion: 0, overall: null, tier: null });
  });
});
