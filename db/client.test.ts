import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "./client";
import { assessments, cycles, memberStates, user } from "./schema/index";
import { seedDemoData } from "./seed/demo";
import { currentCycleYear, seedReferenceData } from "./seed/reference";
import { openTestDatabase } from "./test-database";
import { bandOf } from "@/lib/demo/targeted";
import { drawDemoScores } from "@/lib/demo/tier-shares";
import { RES45_BA2017_V1 } from "@/lib/framework";
import { MEMBER_STATES } from "@/lib/reference";
import { tierFor } from "@/lib/scoring";

// On PGlite in a fresh folder, or on a fresh database of the DATABASE_URL server.
let connection: Connection;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ connection, drop } = await openTestDatabase());
});
afterAll(() => drop());

describe("database setup", () => {
  it("seeds the 193 Member States and an open current cycle, idempotently", async () => {
    await seedReferenceData(connection.db);
    await seedReferenceData(connection.db);
    const [states] = await connection.db.select({ n: count() }).from(memberStates);
    expect(states?.n).toBe(193);
    const rows = await connection.db.select().from(cycles);
    expect(rows.map((r) => [r.year, r.status])).toEqual([[currentCycleYear(), "open"]]);
  });

  it("keeps a region an administrator changed when reseeding", async () => {
    await connection.db.update(memberStates).set({ region: "cis" }).where(eq(memberStates.iso3, "GEO"));
    await seedReferenceData(connection.db);
    const [georgia] = await connection.db.select().from(memberStates).where(eq(memberStates.iso3, "GEO"));
    expect(georgia?.region).toBe("cis");
  });

  it("rejects a region outside the six BDT regions", async () => {
    await expect(
      connection.db.update(memberStates).set({ region: "atlantis" }).where(eq(memberStates.iso3, "KEN")),
    ).rejects.toThrow();
  });

  it("adds the demo cycles, accounts and assessments once", { timeout: 120_000 }, async () => {
    await seedDemoData(connection.db);
    await seedDemoData(connection.db);
    const accounts = await connection.db
      .select({ email: user.email, role: user.role, state: user.memberStateIso3 })
      .from(user);
    expect(accounts).toHaveLength(10);
    expect(accounts).toContainEqual({ email: "focal.ken@example.org", role: "focal_point", state: "KEN" });
    expect(accounts).toContainEqual({ email: "contributor.ken@example.org", role: "contributor", state: "KEN" });
    const open = await connection.db.select().from(assessments).where(eq(assessments.cycle, currentCycleYear()));
    const bySix = open.filter((a) => ["BRA", "KEN", "IND", "EGY", "KAZ", "EST"].includes(a.iso3));
    expect(bySix.every((a) => a.status === "draft")).toBe(true);
    expect(open.length).toBeGreaterThan(100);
    // The open cycle is answered on v2, except Ghana's draft begun on v1; closed cycles on v1.
    expect(open.filter((a) => a.frameworkId !== "res45-ba2017-v2").map((a) => [a.iso3, a.frameworkId])).toEqual([
      ["GHA", "res45-ba2017-v1"],
    ]);
    const last = await connection.db
      .select()
      .from(assessments)
      .where(eq(assessments.cycle, currentCycleYear() - 1));
    expect(new Set(last.map((a) => a.frameworkId))).toEqual(new Set(["res45-ba2017-v1"]));
    // The last closed cycle's scores are the drawn ones (GCI 2024 tier shares), each in its drawn tier.
    const drawn = drawDemoScores(MEMBER_STATES.map((m) => m.iso3));
    for (const a of last) {
      expect(Math.abs(a.overall - drawn[a.iso3]!), a.iso3).toBeLessThan(0.5);
      expect(tierFor(RES45_BA2017_V1, a.overall).level, a.iso3).toBe(bandOf(drawn[a.iso3]!).level);
    }
    const rows = await connection.db.select().from(cycles);
    const year = currentCycleYear();
    expect(rows.map((r) => [r.year, r.status]).sort()).toEqual([
      [year - 2, "closed"],
      [year - 1, "closed"],
      [year, "open"],
    ]);
  });
});
