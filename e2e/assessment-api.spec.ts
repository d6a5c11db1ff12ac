import { expect, test } from "@playwright/test";
import { assessmentSchema, auditEntrySchema, errorResponseSchema } from "../lib/api/responses";
import { apiSignIn, OPEN_CYCLE } from "./helpers";

test.describe("assessment API", () => {
  test("needs a session and keeps each state's draft to itself", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get(`/api/v1/assessments/KEN/${OPEN_CYCLE}`)).status()).toBe(401);
    expect(
      (await anonymous.patch(`/api/v1/assessments/KEN/${OPEN_CYCLE}`, { data: { version: 0, answers: [] } })).status(),
    ).toBe(401);

    const kenya = await playwright.request.newContext({ baseURL });
    await apiSignIn(kenya, "focal.ken@example.org");
    const own = await kenya.get(`/api/v1/assessments/KEN/${OPEN_CYCLE}`);
    expect(own.status()).toBe(200);
    expect(assessmentSchema.parse(await own.json())).toMatchObject({ iso3: "KEN", cycle: OPEN_CYCLE, status: "draft" });
    const other = await kenya.get(`/api/v1/assessments/BRA/${OPEN_CYCLE}`);
    expect(other.status()).toBe(403);
    expect(JSON.stringify(await other.json())).not.toContain("questionId");
    const change = await kenya.patch(`/api/v1/assessments/BRA/${OPEN_CYCLE}`, {
      data: { version: 1, answers: [{ questionId: "LEG-CYB-01", value: "all" }] },
    });
    expect(change.status()).toBe(403);

    const analyst = await playwright.request.newContext({ baseURL });
    await apiSignIn(analyst, "analyst@example.org");
    expect((await analyst.get(`/api/v1/assessments/BRA/${OPEN_CYCLE}`)).status()).toBe(403);
    expect(
      (
        await analyst.patch(`/api/v1/assessments/BRA/${OPEN_CYCLE}`, {
          data: { version: 1, answers: [{ questionId: "LEG-CYB-01", value: "all" }] },
        })
      ).status(),
    ).toBe(403);
  });

  test("a body over 1 MB is refused with 413 and changes nothing", async ({ request }) => {
    await apiSignIn(request, "focal.ken@example.org");
    const url = `/api/v1/assessments/KEN/${OPEN_CYCLE}`;
    const before = await (await request.get(url)).json();
    const huge = JSON.stringify({
      version: before.version,
      answers: [{ questionId: "LEG-CYB-01", value: null, note: "x".repeat(1_100_000) }],
    });
    const response = await request.patch(url, {
      headers: { "content-type": "application/json" },
      data: Buffer.from(huge),
    });
    expect(response.status()).toBe(413);
    const after = (await (await request.get(url)).json()) as { answers: { note: string }[] };
    expect(after.answers.every((a) => a.note.length < 1000)).toBe(true);
  });

  test("a state that has not started gets version 0 and no answers", async ({ request }) => {
    await apiSignIn(request, "focal.est@example.org");
    const response = await request.get(`/api/v1/assessments/EST/${OPEN_CYCLE}`);
    expect(await response.json()).toMatchObject({
      iso3: "EST",
      status: "not_started",
      version: 0,
      answers: [],
      scores: { overall: 0, completion: 0 },
    });
  });

  test("PATCH saves with versions: +1 on success, 409 with the current version when stale, 400 naming each problem", async ({
    request,
  }) => {
    await apiSignIn(request, "focal.kaz@example.org");
    const url = `/api/v1/assessments/KAZ/${OPEN_CYCLE}`;
    const start = await (await request.get(url)).json();
    const first = await request.patch(url, {
      data: {
        version: start.version,
        answers: [
          {
            questionId: "ORG-STR-01",
            value: "in-force",
            evidence: ["https://gov.example/kz/strategy.pdf"],
            note: "Adopted 2025",
          },
        ],
      },
    });
    expect(first.status()).toBe(200);
    const saved = await first.json();
    expect(saved.version).toBe(start.version + 1);
    expect(saved.answers).toContainEqual({
      questionId: "ORG-STR-01",
      value: "in-force",
      evidence: ["https://gov.example/kz/strategy.pdf"],
      note: "Adopted 2025",
    });
    expect(saved.scores.completion).toBeGreaterThan(0);

    const stale = await request.patch(url, {
      data: { version: start.version, answers: [{ questionId: "ORG-STR-01", value: null }] },
    });
    expect(stale.status()).toBe(409);
    expect(errorResponseSchema.parse(await stale.json()).currentVersion).toBe(saved.version);

    const cleared = await request.patch(url, {
      data: { version: saved.version, answers: [{ questionId: "ORG-STR-01", value: null }] },
    });
    expect(
      (await cleared.json()).answers.find((a: { questionId: string }) => a.questionId === "ORG-STR-01").value,
    ).toBeNull();

    const bad = await request.patch(url, {
      data: {
        version: saved.version + 1,
        answers: [
          { questionId: "NOPE-XX-01", value: "yes" },
          { questionId: "ORG-STR-01", value: "maybe", evidence: ["javascript:alert(1)"] },
        ],
      },
    });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(Object.keys(body.fieldErrors)).toEqual(expect.arrayContaining(["answers.1.evidence.0"]));
    const semantic = await request.patch(url, {
      data: {
        version: saved.version + 1,
        answers: [
          { questionId: "NOPE-XX-01", value: "yes" },
          { questionId: "ORG-STR-01", value: "maybe" },
        ],
      },
    });
    expect(semantic.status()).toBe(400);
    expect(Object.keys((await semantic.json()).fieldErrors)).toEqual(["answers.0.questionId", "answers.1.value"]);
    const after = await (await request.get(url)).json();
    expect(after.version).toBe(saved.version + 1);

    const audit = auditEntrySchema.array().parse(await (await request.get(`${url}/audit`)).json());
    expect(audit[0]).toMatchObject({
      field: "value",
      questionId: "ORG-STR-01",
      oldValue: "in-force",
      newValue: null,
      actor: "Focal point, Kazakhstan",
    });
  });

  test("no lost update: of 20 concurrent saves against one version exactly one wins", async ({
    playwright,
    baseURL,
  }) => {
    const url = `/api/v1/assessments/EST/${OPEN_CYCLE}`;
    const clients = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const context = await playwright.request.newContext({ baseURL });
        await apiSignIn(context, "focal.est@example.org");
        return context;
      }),
    );
    const { version } = await (await clients[0]!.get(url)).json();
    const responses = await Promise.all(
      clients.map((c, i) =>
        c.patch(url, {
          data: { version, answers: [{ questionId: "LEG-CYB-01", value: "none", note: `client ${i}` }] },
        }),
      ),
    );
    const statuses = responses.map((r) => r.status());
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = statuses.indexOf(200);
    const stored = await (await clients[0]!.get(url)).json();
    expect(stored.version).toBe(version + 1);
    expect(stored.answers).toEqual([
      { questionId: "LEG-CYB-01", value: "none", evidence: [], note: `client ${winner}` },
    ]);
  });
});
