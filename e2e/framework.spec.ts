import { expect, test } from "@playwright/test";

test.describe("questionnaire framework", () => {
  test("the API serves the full questionnaire, and another version on request", async ({ request }) => {
    const response = await request.get("/api/v1/framework");
    expect(response.status()).toBe(200);
    const framework = await response.json();
    expect(framework.id).toBe("res45-ba2017-v2");
    expect(framework.pillars.map((p: { id: string }) => p.id)).toEqual([
      "legal",
      "technical",
      "organizational",
      "capacity",
      "cooperation",
    ]);
    expect(framework.questions.length).toBeGreaterThanOrEqual(50);
    expect(framework.questions.length).toBeLessThanOrEqual(90);
    const cirt = framework.questions.find((q: { id: string }) => q.id === "TEC-CIRT-01");
    expect(cirt).toMatchObject({ pillar: "technical", outcome: "D.3-2" });
    expect(cirt.clauses.length).toBeGreaterThan(0);
    // Every question carries its points: its most to the overall score, out of 100 in all.
    const points = framework.questions.map((q: { points: number }) => q.points);
    expect(points.every((p: unknown) => typeof p === "number" && p > 0)).toBe(true);
    expect(points.reduce((s: number, p: number) => s + p, 0)).toBeCloseTo(100, 9);

    const v1 = await request.get("/api/v1/framework?version=1.0");
    expect(v1.status()).toBe(200);
    expect((await v1.json()).id).toBe("res45-ba2017-v1");
    const unknown = await request.get("/api/v1/framework?version=9.9");
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error).toContain("res45-ba2017-v1");
  });

  test("POST /api/v1/score follows the rule and names each problem", async ({ request }) => {
    const framework = await (await request.get("/api/v1/framework")).json();
    const best = framework.questions.map((q: { id: string; options: { value: string; credit: number }[] }) => ({
      questionId: q.id,
      value: [...q.options].sort((a, b) => b.credit - a.credit)[0]!.value,
      evidence: ["https://gov.example/evidence"],
    }));
    const full = await request.post("/api/v1/score", { data: { framework: framework.id, answers: best } });
    expect(full.status()).toBe(200);
    expect(await full.json()).toMatchObject({
      overall: 100,
      tier: { level: 1, name: "Role-modelling" },
      completion: 1,
    });

    const empty = await (
      await request.post("/api/v1/score", { data: { framework: framework.id, answers: [] } })
    ).json();
    expect(empty).toMatchObject({ overall: 0, tier: { level: 5, name: "Building" }, completion: 0 });

    const bad = await request.post("/api/v1/score", {
      data: {
        framework: framework.id,
        answers: [
          { questionId: "XXX-NO-01", value: "yes", evidence: [] },
          { questionId: "TEC-CIRT-01", value: "perhaps", evidence: ["ftp://x.example/a"] },
        ],
      },
    });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(Object.keys(body.fieldErrors)).toEqual(expect.arrayContaining(["answers.1.evidence.0"]));

    const malformed = await request.post("/api/v1/score", {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error).toContain("not valid JSON");
  });

  test("the framework page shows pillars, groups and questions, filters, and a view by clause", async ({ page }) => {
    const served = await (await page.request.get("/api/v1/framework")).json();
    const points = served.questions.find((q: { id: string }) => q.id === "TEC-CIRT-01").points as number;
    await page.goto("/framework");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Resolution 45");
    for (const pillar of ["Legal", "Technical", "Organizational", "Capacity development", "Cooperation"]) {
      await expect(page.getByRole("heading", { level: 2, name: pillar })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 3, name: "CIRTs and incident response" })).toBeVisible();
    const cirt = page.locator("article#TEC-CIRT-01");
    await expect(cirt).toContainText("Outcome D.3-2");
    // Its points: its most to the overall score, as the API serves them, to two decimals.
    await expect(cirt.getByTestId("question-points")).toHaveText(`${(points + 1e-9).toFixed(2)} of 100 points`);
    await expect(cirt.getByRole("link", { name: /^R45-/ }).first()).toBeVisible();

    await page.getByRole("navigation", { name: "Pillar" }).getByRole("link", { name: "Technical" }).click();
    await expect(page).toHaveURL(/pillar=technical/);
    await expect(page.getByRole("heading", { level: 2, name: "Legal" })).toHaveCount(0);
    const technicalCount = await page.locator("article").count();
    expect(technicalCount).toBeGreaterThan(5);
    await expect(page.getByRole("status")).toContainText(`Showing ${technicalCount} of`);

    await page
      .getByRole("navigation", { name: "Outcome" })
      .getByRole("link", { name: /D\.3-2/ })
      .click();
    await expect(page).toHaveURL(/outcome=D\.3-2/);
    const narrowed = await page.locator("article").count();
    expect(narrowed).toBeLessThanOrEqual(technicalCount);
    for (const badge of await page
      .locator("article")
      .getByText(/^Outcome D\.3-/)
      .allTextContents())
      expect(badge).toBe("Outcome D.3-2");

    await page.goto("/framework?view=clauses");
    const clause = page.locator("li#R45-MS-1");
    await expect(clause).toContainText("rapid response");
    await expect(clause.getByRole("link").first()).toBeVisible();
    await expect(page.locator("li#R45-BDT-7")).toContainText("not to Member States");
  });
});
