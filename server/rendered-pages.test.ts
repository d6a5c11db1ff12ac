import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/transaction";
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
import { saveAnswers } from "./assessments";
import { markNotificationsRead, notify } from "./notifications";
import { dashboardRenderingKey, type DashboardPage } from "./rendered-pages";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const OTHER = CYCLE - 1;
const question = CURRENT_FRAMEWORK.questions[0]!;
const page: DashboardPage = { locale: "en", cycle: CYCLE, include: "validated" };

let analyst: Actor;
let colleague: Actor;
let admin: Actor;
let chile: Actor;

beforeAll(async () => {
  analyst = await createActor(db.connection(), "analyst");
  colleague = await createActor(db.connection(), "analyst");
  admin = await createActor(db.connection(), "admin");
  chile = await createActor(db.connection(), "focal_point", "CHL");
  await addCycle(db.connection(), OTHER, "closed");
  await insertScoredAssessment(db.connection(), { iso3: "ARG", cycle: CYCLE, status: "validated", overall: 55 });
});

const keyOf = (actor: Actor, changes: Partial<DashboardPage> = {}) =>
  dashboardRenderingKey(actor, { ...page, ...changes });

describe("the dashboard's rendering key", () => {
  it("stays the same while nothing the page shows changes", async () => {
    const first = await keyOf(analyst);
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(await keyOf(analyst)).toBe(first);
  });

  it("differs between readers, languages, counting choices and cycles", async () => {
    const keys = await Promise.all([
      keyOf(analyst),
      keyOf(colleague),
      keyOf(admin),
      keyOf(analyst, { locale: "fr" }),
      keyOf(analyst, { include: "submitted" }),
      keyOf(analyst, { cycle: OTHER }),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("changes when the cycle's data changes (a focal point's save), and not for another cycle", async () => {
    const before = await keyOf(analyst);
    const other = await keyOf(analyst, { cycle: OTHER });
    await saveAnswers(chile, "CHL", CYCLE, {
      version: 0,
      answers: [{ questionId: question.id, value: bestOption(question).value, evidence: [] }],
    });
    expect(await keyOf(analyst)).not.toBe(before);
    expect(await keyOf(analyst, { cycle: OTHER })).toBe(other);
  });

  it("changes with the reader's unread messages (the header's badge)", async () => {
    const before = await keyOf(analyst);
    const colleagueBefore = await keyOf(colleague);
    await notify(await getDb(), {
      kind: "assessment_returned",
      params: { cycle: CYCLE, iso3: "CHL" },
      userId: analyst.userId,
    });
    const unread = await keyOf(analyst);
    expect(unread).not.toBe(before);
    expect(await keyOf(colleague)).toBe(colleagueBefore);
    await markNotificationsRead(analyst, { all: true });
    expect(await keyOf(analyst)).toBe(before);
  });

  it("changes with the list of cycles (the cycle picker)", async () => {
    const before = await keyOf(analyst);
    await addCycle(db.connection(), OTHER - 1, "closed");
    expect(await keyOf(analyst)).not.toBe(before);
  });

  it("is null for readers the page refuses and for a cycle that does not exist", async () => {
    expect(await keyOf(chile)).toBeNull();
    expect(await keyOf(await createActor(db.connection(), "contributor", "CHL"))).toBeNull();
    expect(await keyOf(analyst, { cycle: 2099 })).toBeNull();
  });

  it("is refused to an API token: pages are read with a session", async () => {
    const token: Actor = { ...analyst, apiToken: { id: "t1", write: false } };
    expect(await refusalCode(keyOf(token))).toBe("forbidden.session_required");
  });
});
