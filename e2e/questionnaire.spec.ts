import { expect, test, type Page } from "@playwright/test";
import { apiSignIn, demoCsvLines, OPEN_CYCLE, showQuestion, signIn } from "./helpers";

const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
const question = (page: Page, id: string) => page.locator(`fieldset#${id}`);

test.describe("questionnaire", () => {
  test("answers, evidence and notes save by themselves and are all there after a reload", async ({ page }) => {
    await signIn(page, "focal.ind@example.org");
    await expect(page).toHaveURL(/\/assessment/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("India");

    // One pillar at a time: the first is shown, the others are a link away.
    await expect(question(page, "LEG-CYB-01")).toBeVisible();
    await expect(question(page, "TEC-CIRT-01")).toHaveCount(0);
    const pillars = page.getByRole("navigation", { name: "Pillars of the questionnaire" });
    await pillars.getByRole("link", { name: /Technical/ }).click();
    await expect(pillars.getByRole("link", { name: /Technical/ })).toHaveAttribute("aria-current", "step");
    await expect(question(page, "LEG-CYB-01")).toHaveCount(0);
    const q1 = question(page, "TEC-CIRT-01");
    await q1.getByRole("radio").last().check();
    await q1.getByLabel("Add an evidence link for TEC-CIRT-01").fill("ftp://not-allowed.example/x");
    await q1.getByRole("button", { name: "Add link" }).click();
    await expect(q1.getByText("Evidence must be an http:// or https:// URL")).toBeVisible();
    await q1.getByLabel("Add an evidence link for TEC-CIRT-01").fill("https://cert.gov.example/in/mandate");
    await q1.getByRole("button", { name: "Add link" }).click();
    await q1.getByLabel("Note").fill("National CIRT mandate of 2024");
    await page.getByRole("link", { name: /^Previous pillar: Legal/ }).click();
    const q2 = question(page, "LEG-CYB-01");
    await q2.getByRole("radio").first().check();
    await saved(page);

    // A link to a question (as in a notification) opens its pillar.
    await page.goto("/en/plan");
    await page.goto("/en/assessment#TEC-CIRT-01");
    await expect(question(page, "TEC-CIRT-01").getByRole("radio").last()).toBeChecked();
    await expect(
      question(page, "TEC-CIRT-01").getByRole("link", { name: "https://cert.gov.example/in/mandate" }),
    ).toBeVisible();
    await expect(question(page, "TEC-CIRT-01").getByLabel("Note")).toHaveValue("National CIRT mandate of 2024");
    await expect(page.getByText(/Overall: 2 of \d+ answered/)).toBeVisible();
    await expect((await showQuestion(page, "LEG-CYB-01")).getByRole("radio").first()).toBeChecked();
  });

  test("two sessions of one state: other questions merge by themselves, the same question asks the user", async ({
    browser,
    baseURL,
  }) => {
    const a = await (await browser.newContext({ baseURL })).newPage();
    const b = await (await browser.newContext({ baseURL })).newPage();
    await signIn(a, "focal.kaz@example.org");
    await signIn(b, "focal.kaz@example.org");

    await (await showQuestion(a, "CAP-AWR-01")).getByRole("radio").first().check();
    await saved(a);
    await (await showQuestion(b, "CAP-AWR-02")).getByRole("radio").first().check();
    await saved(b);
    // B's page took in A's change, made against the version B had not seen.
    await expect(question(b, "CAP-AWR-01").getByRole("radio").first()).toBeChecked();

    await (await showQuestion(a, "COP-INT-01")).getByRole("radio").first().check();
    await saved(a);
    await (await showQuestion(b, "COP-INT-01")).getByRole("radio").last().check();
    const conflict = question(b, "COP-INT-01").getByRole("alert");
    await expect(conflict).toContainText("changed this answer at the same time", { timeout: 15_000 });
    await expect(conflict).toContainText("Yours:");
    await expect(conflict).toContainText("Theirs (saved):");
    await conflict.getByRole("button", { name: "Keep mine" }).click();
    await expect(conflict).toHaveCount(0);
    await saved(b);

    const lastOption = await question(b, "COP-INT-01").getByRole("radio").last().getAttribute("value");
    const stored = async () => {
      const body = await (await b.request.get(`/api/v1/assessments/KAZ/${OPEN_CYCLE}`)).json();
      return Object.fromEntries(
        (body.answers as { questionId: string; value: string }[]).map((x) => [x.questionId, x.value]),
      );
    };
    await expect.poll(async () => (await stored())["COP-INT-01"]).toBe(lastOption);
    expect((await stored())["CAP-AWR-02"]).toBeTruthy();

    // Once more on another question, and this time B takes A's answer: B's page shows it, and it stays stored.
    await (await showQuestion(a, "COP-INT-02")).getByRole("radio").first().check();
    await saved(a);
    const firstOption = await question(a, "COP-INT-02").getByRole("radio").first().getAttribute("value");
    await question(b, "COP-INT-02").getByRole("radio").last().check();
    const second = question(b, "COP-INT-02").getByRole("alert");
    await expect(second).toContainText("changed this answer at the same time", { timeout: 15_000 });
    await second.getByRole("button", { name: "Keep theirs" }).click();
    await expect(second).toHaveCount(0);
    await expect(question(b, "COP-INT-02").getByRole("radio").first()).toBeChecked();
    await saved(b);
    expect((await stored())["COP-INT-02"]).toBe(firstOption);
    // B's page still holds B's earlier choice on the first question.
    await expect(question(b, "COP-INT-01").getByRole("radio").last()).toBeChecked();
  });

  test("offline changes wait in the browser and are sent when the network returns", async ({ page, context }) => {
    await signIn(page, "focal.ken@example.org");
    const q = await showQuestion(page, "ORG-GOV-01");
    await context.setOffline(true);
    await q.getByRole("radio").first().check();
    await expect(page.getByTestId("save-status")).toHaveText("Not saved — retry", { timeout: 15_000 });
    await context.setOffline(false);
    await saved(page);
    await page.reload();
    await expect(question(page, "ORG-GOV-01").getByRole("radio").first()).toBeChecked();
  });

  test("submit, return with a comment, resubmit, validate", async ({ browser, baseURL, playwright }) => {
    // Fill the rest of Egypt's draft through the API, as a state preparing offline would.
    const api = await playwright.request.newContext({ baseURL });
    await apiSignIn(api, "focal.egy@example.org");
    const url = `/api/v1/assessments/EGY/${OPEN_CYCLE}`;
    const [framework, current] = await Promise.all([
      (await api.get("/api/v1/framework")).json(),
      (await api.get(url)).json(),
    ]);
    const answered = new Set(
      current.answers.filter((x: { value: string | null }) => x.value).map((x: { questionId: string }) => x.questionId),
    );
    const missing = framework.questions.filter((q: { id: string }) => !answered.has(q.id));
    const filled = await api.patch(url, {
      data: {
        version: current.version,
        answers: missing.map((q: { id: string; options: { value: string }[] }) => ({
          questionId: q.id,
          value: q.options[0]!.value,
        })),
      },
    });
    expect(filled.status()).toBe(200);

    const focal = await (await browser.newContext({ baseURL })).newPage();
    await signIn(focal, "focal.egy@example.org");
    await expect(focal.getByText("Every question is answered.")).toBeVisible();
    await focal.getByLabel(/I confirm these answers/).check();
    await focal.getByRole("button", { name: "Submit to BDT" }).click();
    await expect(focal.locator("span.badge").filter({ hasText: /^Submitted$/ })).toBeVisible();
    await expect(focal.getByText("read-only while BDT reviews it")).toBeVisible();
    await expect(question(focal, "LEG-CYB-01").getByRole("radio").first()).toBeDisabled();
    const locked = await api.patch(url, {
      data: {
        version: (await (await api.get(url)).json()).version,
        answers: [{ questionId: "LEG-CYB-01", value: null }],
      },
    });
    expect(locked.status()).toBe(409);

    const analyst = await (await browser.newContext({ baseURL })).newPage();
    await signIn(analyst, "analyst@example.org");
    await analyst.goto("/review?status=submitted");
    await analyst.getByRole("row", { name: /Egypt/ }).getByRole("link", { name: "Review" }).click();
    // The analyst queries one answer; returning sends the open query to the state as a comment.
    const card = analyst.getByTestId("review-TEC-CIRT-01");
    await card
      .getByLabel("Comment to the state on TEC-CIRT-01")
      .fill("Please attach the decree that mandates the national CIRT.");
    await card.getByRole("button", { name: "Query (Q)" }).click();
    await expect(card.getByTestId("review-state")).toHaveText("Queried");
    await analyst.getByRole("button", { name: "Return with the 1 open items as comments" }).click();
    await expect(analyst.getByText("Returned for changes", { exact: true })).toBeVisible();

    await focal.reload();
    await expect(focal.getByText("Returned for changes", { exact: true })).toBeVisible();
    // The request links to its question, in another pillar than the first.
    await focal.getByTestId("request-TEC-CIRT-01").getByRole("link", { name: "TEC-CIRT-01" }).click();
    const commented = question(focal, "TEC-CIRT-01");
    await expect(commented.getByRole("note", { name: "Comments from BDT" })).toContainText("attach the decree");
    await commented.getByLabel("Add an evidence link for TEC-CIRT-01").fill("https://gov.example/eg/cirt-decree.pdf");
    await commented.getByRole("button", { name: "Add link" }).click();
    await saved(focal);
    // The query stays open until the state replies and BDT accepts the answer.
    const request = focal.getByTestId("request-TEC-CIRT-01");
    await request.getByLabel("Your reply on TEC-CIRT-01").fill("The decree is linked now.");
    await request.getByRole("button", { name: "Send the reply" }).click();
    await expect(focal.getByTestId("request-TEC-CIRT-01")).toHaveCount(0);
    await focal.getByLabel(/I confirm these answers/).check();
    await focal.getByRole("button", { name: "Submit to BDT" }).click();
    await expect(focal.locator("span.badge").filter({ hasText: /^Submitted$/ })).toBeVisible();

    await analyst.goto(`/states/EGY/${OPEN_CYCLE}/review`);
    await analyst.getByTestId("review-TEC-CIRT-01").getByRole("button", { name: "Accept (A)" }).click();
    await expect(analyst.getByTestId("review-TEC-CIRT-01").getByTestId("review-state")).toHaveText("Accepted");
    await analyst.getByRole("button", { name: "Validate" }).click();
    await expect(analyst.getByText("Validated", { exact: true })).toBeVisible();

    const final = await (await api.get(url)).json();
    expect(final.status).toBe("validated");
    expect(final.history.map((h: { to: string }) => h.to).slice(-4)).toEqual([
      "submitted",
      "returned",
      "submitted",
      "validated",
    ]);
  });
});

test.describe("answers as files, and the change history", () => {
  test("export JSON and CSV, import a corrected file all-or-nothing, and see every change in the history", async ({
    page,
  }, testInfo) => {
    await signIn(page, "focal.ind@example.org");
    const url = `/api/v1/assessments/IND/${OPEN_CYCLE}`;
    const exported = await page.request.get(`${url}/answers.json`);
    expect(exported.headers()["content-disposition"]).toContain(`res45-IND-${OPEN_CYCLE}-answers.json`);
    const file = await exported.json();
    expect(file).toMatchObject({
      schema: "res45-readiness/assessment-answers@1",
      iso3: "IND",
      framework: { id: "res45-ba2017-v2" },
    });
    const csv = await (await page.request.get(`${url}/answers.csv`)).text();
    expect(demoCsvLines(csv)[0]).toContain("question_id,pillar");

    const framework = await (await page.request.get("/api/v1/framework")).json();
    const q = framework.questions.find((x: { id: string }) => x.id === "COP-PPP-01");
    const good = {
      ...file,
      answers: [
        ...file.answers.filter((a: { questionId: string }) => a.questionId !== q.id),
        { questionId: q.id, value: q.options[0].value, evidence: [], note: "Prepared offline" },
      ],
    };
    const bad = {
      ...good,
      answers: [...good.answers, { questionId: "NOPE-XX-01", value: "yes", evidence: [], note: "" }],
    };
    const before = (await (await page.request.get(url)).json()).version;

    await page.goto("/assessment");
    await page.getByText("Work offline: download or import the answers").click();
    const badPath = testInfo.outputPath("bad.json");
    const goodPath = testInfo.outputPath("good.json");
    const fs = await import("node:fs");
    fs.writeFileSync(badPath, JSON.stringify(bad));
    fs.writeFileSync(goodPath, JSON.stringify(good));
    await page.getByLabel("Import answers from a JSON file").setInputFiles(badPath);
    await expect(page.getByText("Nothing was imported.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Problems in the file" })).toContainText("NOPE-XX-01");
    expect((await (await page.request.get(url)).json()).version).toBe(before);

    await page.getByLabel("Import answers from a JSON file").setInputFiles(goodPath);
    await expect((await showQuestion(page, "COP-PPP-01")).getByLabel("Note")).toHaveValue("Prepared offline");
    expect((await (await page.request.get(url)).json()).version).toBe(before + 1);

    await page.getByRole("link", { name: "Change history" }).click();
    const row = page.getByRole("row", { name: /COP-PPP-01.*Note/ });
    await expect(row).toContainText("Prepared offline");
    await expect(row).toContainText("Focal point, India");
    await expect(page.getByRole("row", { name: /COP-PPP-01.*Answer/ }).first()).toContainText(q.options[0].label);
  });
});
