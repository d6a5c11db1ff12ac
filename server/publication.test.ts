import { describe, expect, it } from "vitest";
import { getDb } from "@/db/transaction";
import { listPublicationLog } from "@/db/queries/publication";
import { listPublishedCycles, readPublicCycle, readPublicProfile, setConsent, setPublicationDate } from "./publication";
import {
  addCycle,
  createActor,
  insertScoredAssessment,
  refusalCode,
  useServiceDatabase,
} from "./testing/service-database";

const { connection } = useServiceDatabase();
const CYCLE = 2020;
const past = new Date("2021-03-01T00:00:00Z");
const future = new Date("2999-01-01T00:00:00Z");

describe("publication of a cycle's results", () => {
  it("publishes only validated results of consenting states, after the date, and logs every decision", async () => {
    const c = connection();
    await addCycle(c, CYCLE, "closed");
    // Africa: five validated states, FRA-like consenting ones and one that never consents.
    for (const [iso3, overall] of [
      ["KEN", 40],
      ["GHA", 50],
      ["NGA", 60],
      ["SEN", 70],
      ["ZAF", 80],
    ] as const)
      await insertScoredAssessment(c, { iso3, cycle: CYCLE, status: "validated", overall });
    await insertScoredAssessment(c, { iso3: "EGY", cycle: CYCLE, status: "submitted", overall: 90 });
    const admin = await createActor(c, "admin");
    const analyst = await createActor(c, "analyst");
    const focal = (iso3: string) => createActor(c, "focal_point", iso3);

    for (const iso3 of ["KEN", "GHA", "NGA"]) await setConsent(await focal(iso3), iso3, CYCLE, { consent: true });
    // A submission is not validated: there is nothing to publish, so nothing to decide.
    expect(await refusalCode(setConsent(await focal("EGY"), "EGY", CYCLE, { consent: true }))).toBe(
      "conflict.consent_not_validated",
    );
    // SEN says no, then ZAF says yes and withdraws: neither is public.
    await setConsent(await focal("SEN"), "SEN", CYCLE, { consent: false });
    const zaf = await focal("ZAF");
    await setConsent(zaf, "ZAF", CYCLE, { consent: true });
    await setConsent(zaf, "ZAF", CYCLE, { consent: false });

    // Who may decide what.
    expect(await refusalCode(setConsent(analyst, "KEN", CYCLE, { consent: true }))).toBe("forbidden.focal_point_only");
    expect(await refusalCode(setConsent(zaf, "KEN", CYCLE, { consent: true }))).toBe("forbidden.other_state");
    expect(await refusalCode(setPublicationDate(zaf, CYCLE, { publishAt: past }))).toBe("forbidden.bdt_only");
    await addCycle(c, 2099, "open");
    expect(await refusalCode(setPublicationDate(admin, 2099, { publishAt: past }))).toBe(
      "conflict.publication_cycle_open",
    );

    // No date, then a future date: nothing is public.
    expect(await refusalCode(readPublicCycle(CYCLE))).toBe("not_found.published");
    await setPublicationDate(analyst, CYCLE, { publishAt: future });
    expect(await refusalCode(readPublicCycle(CYCLE))).toBe("not_found.published");
    expect(await refusalCode(readPublicProfile("KEN"))).toBe("not_found.published");
    expect(await listPublishedCycles()).toEqual([]);

    // The date passes.
    await setPublicationDate(admin, CYCLE, { publishAt: past });
    expect(await listPublishedCycles()).toEqual([CYCLE]);
    const { value } = await readPublicCycle(CYCLE);
    expect(value.states.map((s) => s.iso3).sort()).toEqual(["GHA", "KEN", "NGA"]);
    expect(value.licence.id).toBe("CC-BY-4.0");
    // Africa's average counts every validated state, consenting or not (five of them).
    const africa = value.regions.find((r) => r.region === "africa")!;
    expect(africa.counted).toBe(5);
    expect(africa.average?.overall).toBe(60);
    // The Arab States have no validated state: no average.
    expect(value.regions.find((r) => r.region === "arab-states")!.average).toBeNull();
    expect(JSON.stringify(value)).not.toMatch(/SEN|ZAF|EGY/);

    const profile = (await readPublicProfile("KEN")).value;
    expect(profile.latest.overall).toBe(40);
    expect(profile.history.map((h) => h.cycle)).toEqual([CYCLE]);
    for (const iso3 of ["SEN", "ZAF", "EGY", "FRA"])
      expect(await refusalCode(readPublicProfile(iso3))).toBe("not_found.published");

    // After the date the decision is final.
    expect(await refusalCode(setConsent(zaf, "ZAF", CYCLE, { consent: true }))).toBe("conflict.consent_closed");

    const log = await listPublicationLog(await getDb(), CYCLE);
    expect(log.filter((l) => l.field === "publish_at").map((l) => l.newValue)).toEqual([
      future.toISOString(),
      past.toISOString(),
    ]);
    expect(log.filter((l) => l.iso3 === "ZAF").map((l) => [l.oldValue, l.newValue])).toEqual([
      [null, true],
      [true, false],
    ]);

    // Withdrawing the date hides the cycle again.
    await setPublicationDate(admin, CYCLE, { publishAt: null });
    expect(await refusalCode(readPublicCycle(CYCLE))).toBe("not_found.published");
  });
});
