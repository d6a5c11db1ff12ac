import { expect, test } from "@playwright/test";
import { apiSignIn, demoCsvLines, OPEN_CYCLE, signIn } from "./helpers";
import { bestValue, getFramework, listActions, scoreOf, shown, type ApiAnswer } from "./plan-helpers";

// Brazil's focal point plans here (Brazil's open-cycle assessment is a draft); nothing in this file changes
// its answers, so the results spec, which also reads Brazil, is not disturbed.
const STATE = "BRA";
const RESULTS = `/states/${STATE}/${OPEN_CYCLE}`;

test.describe("action plan", () => {
  test("a focal point turns a gap into an owned, dated action, changes its status, and exports the plan", async ({
    page,
  }) => {
    test.slow(); // renders a PDF in the server's headless browser
    await signIn(page, "focal.bra@example.org");
    await page.goto(RESULTS);
    // A gap that needs the substantive action (an evidence-only gap is titled "Add the evidence: …").
    const gap = page
      .getByTestId("gap-list")
      .locator(":scope > li")
      .filter({ hasNotText: "adding the evidence closes this gap" })
      .first();
    const questionId = (await gap.getAttribute("data-question"))!;
    const framework = await getFramework(page.request);
    const question = framework.questions.find((q) => q.id === questionId)!;

    await gap.getByRole("button", { name: /Add (to the action plan|another action)/ }).click();
    const form = gap.getByTestId("add-action-form");
    // The suggestion is the question's recommended action, without its closing citation.
    const suggested = await form.getByLabel("Action").inputValue();
    expect(question.recommendation.action.startsWith(suggested.slice(0, -1))).toBe(true);
    await form.getByLabel("Owner (agency or unit)").fill("");
    await form.getByRole("button", { name: "Add to the action plan" }).click();
    await expect(form.getByText("Name the agency or unit responsible")).toBeVisible();
    const owner = `Agency ${Date.now()}`;
    await form.getByLabel("Owner (agency or unit)").fill(owner);
    await form.getByLabel("Target date").fill("2020-01-31");
    await form.getByLabel("Priority").selectOption("high");
    await form.getByRole("button", { name: "Add to the action plan" }).click();
    await expect(gap.getByTestId("planned-actions")).toContainText(suggested);

    const created = (await listActions(page.request, STATE)).find((a) => a.owner === owner)!;
    expect(created).toMatchObject({
      questionId,
      clause: question.recommendation.clause,
      title: suggested,
      targetDate: "2020-01-31",
      priority: "high",
      status: "planned",
      createdCycle: OPEN_CYCLE,
      version: 1,
    });
    expect(created.history.map((h) => h.field)).toEqual(["created"]);

    // The plan page: the action is overdue (its date has passed), and its status changes with a dated record.
    await page.getByRole("link", { name: "Our action plan" }).click();
    const card = page.locator(`#action-${created.id}`);
    await expect(card).toHaveAttribute("data-overdue", "true");
    await expect(card.getByText("Overdue")).toBeVisible();
    await card.getByLabel("Status").selectOption("in_progress");
    await expect(card.getByRole("status")).toHaveText("Status changed to In progress.");
    await expect(page.locator(`#action-${created.id}`)).toHaveAttribute("data-status", "in_progress");
    const changed = (await listActions(page.request, STATE)).find((a) => a.id === created.id)!;
    expect(changed.version).toBe(2);
    expect(changed.history.map((h) => [h.field, h.from, h.to])).toEqual([
      ["created", null, expect.objectContaining({ status: "planned" })],
      ["status", "planned", "in_progress"],
    ]);
    await page
      .locator(`#action-${created.id}`)
      .getByText(/^History/)
      .click();
    await expect(page.locator(`#action-${created.id}`).getByTestId("action-history")).toContainText(
      "Status: Planned → In progress",
    );

    // Filters: only high-priority in-progress actions, and ours is among them.
    await page.getByRole("navigation", { name: "Status" }).getByRole("link", { name: "In progress" }).click();
    await expect(page).toHaveURL(/status=in_progress/);
    await page.getByRole("navigation", { name: "Priority" }).getByRole("link", { name: "High" }).click();
    await expect(page).toHaveURL(/status=in_progress&priority=high|priority=high&status=in_progress/);
    const statuses = await page
      .locator("[data-action]")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-status")));
    expect(new Set(statuses)).toEqual(new Set(["in_progress"]));
    await expect(page.locator(`#action-${created.id}`)).toBeVisible();

    // Exports: CSV with the action, and a PDF.
    const csv = await (await page.request.get(`/api/v1/plans/${STATE}/actions.csv`)).text();
    expect(csv).toContain(created.id);
    expect(demoCsvLines(csv)[0]).toContain("clause_citation");
    const download = page.waitForEvent("download", { timeout: 90_000 });
    await page.getByRole("link", { name: "Download PDF" }).click();
    const pdf = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("the projected score is the scoring engine's with every open action's question at its best answer", async ({
    page,
  }) => {
    await signIn(page, "focal.bra@example.org");
    await page.goto("/plan");
    const framework = await getFramework(page.request);
    const actions = await listActions(page.request, STATE);
    const assessment = (await (await page.request.get(`/api/v1/assessments/${STATE}/${OPEN_CYCLE}`)).json()) as {
      framework: string;
      answers: ApiAnswer[];
    };
    const open = new Set(
      actions.filter((a) => a.status === "planned" || a.status === "in_progress").map((a) => a.questionId),
    );
    const closed: ApiAnswer[] = [
      ...assessment.answers.filter((a) => !open.has(a.questionId)),
      ...[...open].map((id) => {
        const q = framework.questions.find((x) => x.id === id)!;
        const kept = assessment.answers.find((a) => a.questionId === id);
        const best = bestValue(q);
        const value =
          kept?.value != null &&
          q.options.find((o) => o.value === kept.value)!.credit >= q.options.find((o) => o.value === best)!.credit
            ? kept.value
            : best;
        const evidence =
          kept && kept.evidence.length > 0 ? kept.evidence : q.evidenceRequired ? ["https://example.org/done"] : [];
        return { questionId: id, value, evidence };
      }),
    ];
    const now = await scoreOf(page.request, assessment.framework, assessment.answers);
    const projected = await scoreOf(page.request, assessment.framework, closed);
    await expect(page.getByTestId("projection-before")).toHaveText(shown(now));
    await expect(page.getByTestId("projection-after")).toHaveText(shown(projected));
  });

  test("the what-if view turns the ticked gaps into actions in one step", async ({ page }) => {
    await signIn(page, "focal.bra@example.org");
    await page.goto(RESULTS);
    const gaps = page
      .getByTestId("gap-list")
      .locator(":scope > li")
      .filter({ hasNotText: "adding the evidence closes this gap" });
    const ids = [
      (await gaps.nth(1).getAttribute("data-question"))!,
      (await gaps.nth(2).getAttribute("data-question"))!,
    ];
    for (const id of ids) await page.getByLabel(`Include ${id} in the what-if`).check();
    const whatIf = page.getByTestId("what-if");
    const owner = `What-if agency ${Date.now()}`;
    await whatIf.getByLabel("Owner (agency or unit)").fill(owner);
    await whatIf.getByLabel("Priority").selectOption("low");
    await whatIf.getByRole("button", { name: "Add 2 actions to the plan" }).click();
    await expect(whatIf.getByRole("status").last()).toHaveText("2 actions added to the action plan.");
    const framework = await getFramework(page.request);
    const made = (await listActions(page.request, STATE)).filter((a) => a.owner === owner);
    expect(made.map((a) => a.questionId).sort()).toEqual([...ids].sort());
    for (const a of made) {
      const q = framework.questions.find((x) => x.id === a.questionId)!;
      expect(a.priority).toBe("low");
      expect(q.recommendation.action.startsWith(a.title.slice(0, -1))).toBe(true);
    }
  });

  test("BDT reads a plan once the state's latest assessment is submitted, and sees open and overdue actions by region", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signIn(page, "analyst@example.org");
    // Brazil's latest assessment is a draft: its plan stays with Brazil.
    await page.goto(`/states/${STATE}/plan`);
    await expect(page.getByTestId("plan-unavailable")).toHaveAttribute("data-status", "403");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Action plans" }).click();
    const table = page.getByTestId("state-plans");
    await expect(table).toBeVisible();
    expect(await table.locator(`tr[data-state=${STATE}]`).count()).toBe(0);
    const row = table.locator("tbody tr").first();
    const iso3 = (await row.getAttribute("data-state"))!;
    const cells = await row.locator("td").allTextContents();
    const actions = await listActions(page.request, iso3);
    const today = new Date().toISOString().slice(0, 10);
    const open = actions.filter((a) => a.status === "planned" || a.status === "in_progress");
    expect(Number(cells[2])).toBe(open.length);
    expect(Number(cells[3])).toBe(open.filter((a) => a.targetDate < today).length);
    expect(Number(cells[4])).toBe(actions.filter((a) => a.status === "done").length);

    // The region's overdue count is the sum of its states' overdue counts.
    const region = await row.locator("td").nth(1).textContent();
    const regionRows = table
      .locator("tbody tr")
      .filter({ has: page.getByRole("cell", { name: region!, exact: true }) });
    const overdue = (
      await regionRows.evaluateAll((rows) => rows.map((r) => Number(r.children[3]!.textContent)))
    ).reduce((a, b) => a + b, 0);
    await expect(page.getByRole("region", { name: region! }).getByTestId("region-overdue")).toHaveText(
      `${overdue} overdue`,
    );

    // The state's plan opens read-only.
    await row.getByRole("link").click();
    await expect(page.getByTestId("plan")).toBeVisible();
    expect(await page.getByRole("combobox", { name: "Status" }).count()).toBe(0);

    // And the API refuses BDT any change.
    const api = await playwright.request.newContext({ baseURL });
    await apiSignIn(api, "analyst@example.org");
    const refused = await api.patch(`/api/v1/plans/${iso3}/actions/${actions[0]!.id}`, {
      data: { version: actions[0]!.version, status: "done" },
    });
    expect(refused.status()).toBe(403);
  });

  test("the API validates actions and refuses a stale version with 409", async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    await apiSignIn(api, "focal.bra@example.org");
    const bad = await api.post(`/api/v1/plans/${STATE}/actions`, {
      data: { questionId: "LEG-CYB-01", title: "x", owner: "Justice", targetDate: "2027-02-30", priority: "urgent" },
    });
    expect(bad.status()).toBe(400);
    expect(Object.keys((await bad.json()).fieldErrors).sort()).toEqual(["priority", "targetDate", "title"]);
    const unknown = await api.post(`/api/v1/plans/${STATE}/actions`, {
      data: {
        questionId: "ZZZ-ZZ-99",
        title: "Something",
        owner: "Justice",
        targetDate: "2027-02-28",
        priority: "low",
      },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).fieldErrors).toHaveProperty("questionId");

    const made = await api.post(`/api/v1/plans/${STATE}/actions`, {
      data: {
        questionId: "LEG-CYB-01",
        title: "Draft a law",
        owner: "Justice",
        targetDate: "2027-02-28",
        priority: "low",
      },
    });
    expect(made.status()).toBe(201);
    const action = await made.json();
    const first = await api.patch(`/api/v1/plans/${STATE}/actions/${action.id}`, {
      data: { version: 1, owner: "Parliament" },
    });
    expect(first.status()).toBe(200);
    const stale = await api.patch(`/api/v1/plans/${STATE}/actions/${action.id}`, {
      data: { version: 1, status: "done" },
    });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).currentVersion).toBe(2);
    const stored = (await listActions(api, STATE)).find((a) => a.id === action.id)!;
    expect(stored).toMatchObject({ owner: "Parliament", status: "planned", version: 2 });
  });
});
