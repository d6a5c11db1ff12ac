import { expect, test, type Page } from "@playwright/test";
import { SAMPLES } from "../lib/evidence/testing/samples";
import { OPEN_CYCLE, showQuestion, signIn } from "./helpers";
import { createAccount, createForm, freshEmail, INITIAL_PASSWORD } from "./pages/admin-accounts";

/**
 * Issue 16, "Done when": a focal point uploads a PDF and an image and submits; an analyst queries one answer
 * and proposes a change to another; validation is refused; the focal point replies and accepts the proposal;
 * the analyst accepts; validation succeeds; both scores show and the PDF report carries the dialogue.
 * Uruguay has no assessment in the open cycle of the demo data and no other spec uses it; its focal point is
 * created here. Exclusive: validating an open-cycle assessment changes the cycle's comparisons.
 */
const STATE = "URY";
const url = `/api/v1/assessments/${STATE}/${OPEN_CYCLE}`;

interface ApiQuestion {
  id: string;
  evidenceRequired: boolean;
  options: { value: string; label: string }[];
}

const shown = (score: number) => (score + 1e-9).toFixed(2);
const card = (page: Page, id: string) => page.getByTestId(`review-${id}`);

test("the validation dialogue from submission to validation, both scores and the report's annex", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signIn(admin, "admin@example.org");
  const email = freshEmail("focal.ury");
  await createAccount(admin, { name: "Focal point, Uruguay", email, role: "Focal point", state: "Uruguay (URY)" });
  await expect(createForm(admin).getByRole("status")).toContainText("Account created");

  const focal = await (await browser.newContext({ baseURL })).newPage();
  await signIn(focal, email, INITIAL_PASSWORD);
  const framework = (await (await focal.request.get("/api/v1/framework")).json()) as { questions: ApiQuestion[] };
  const evidenced = framework.questions.filter((q) => q.evidenceRequired);
  const plain = framework.questions.filter((q) => !q.evidenceRequired);
  const [documented, unproved] = [evidenced[0]!, evidenced[1]!];
  const [queried, proposed] = [plain[0]!, plain[1]!];
  const proposal = proposed.options[1]!;

  // Every question answered through the API (the first option); links as evidence, except on the question
  // that gets documents and on one left without evidence (the validated score gives it nothing).
  const started = await (await focal.request.get(url)).json();
  const filled = await focal.request.patch(url, {
    data: {
      version: started.version,
      answers: framework.questions.map((q) => ({
        questionId: q.id,
        value: q.options[0]!.value,
        evidence: q.evidenceRequired && q !== documented && q !== unproved ? ["https://gov.example/uy/decree.pdf"] : [],
      })),
    },
  });
  expect(filled.status()).toBe(200);

  await focal.goto("/assessment");
  const field = await showQuestion(focal, documented.id);
  for (const [name, mimeType, bytes] of [
    ["national-strategy.pdf", "application/pdf", SAMPLES.pdf],
    ["cirt-diagram.png", "image/png", SAMPLES.png],
  ] as const) {
    await field
      .getByLabel(`Document file for ${documented.id}`)
      .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
    await field.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(field.getByRole("link", { name: `Download ${name.replace(/\.\w+$/, "")}` })).toBeVisible();
  }
  await focal.getByLabel(/I confirm these answers/).check();
  await focal.getByRole("button", { name: "Submit to BDT" }).click();
  await expect(focal.locator("span.badge").filter({ hasText: /^Submitted$/ })).toBeVisible();

  // The analyst sees the documents, queries one answer (with the keyboard) and proposes a change to another.
  const analyst = await (await browser.newContext({ baseURL })).newPage();
  await signIn(analyst, "analyst@example.org");
  await analyst.goto(`/states/${STATE}/${OPEN_CYCLE}/review`);
  const total = framework.questions.length;
  await expect(analyst.getByTestId("review-progress")).toHaveText(`0 of ${total} reviewed`);
  await expect(card(analyst, documented.id).getByRole("link", { name: "Download national-strategy" })).toBeVisible();
  await expect(card(analyst, documented.id).getByRole("link", { name: "Download cirt-diagram" })).toBeVisible();

  await card(analyst, queried.id).getByLabel(`Comment to the state on ${queried.id}`).fill("Which law sets this up?");
  await card(analyst, queried.id).focus();
  await analyst.keyboard.press("q");
  await expect(card(analyst, queried.id).getByTestId("review-state")).toHaveText("Queried");

  await card(analyst, proposed.id).getByLabel(`Comment to the state on ${proposed.id}`).fill("The plan is a draft.");
  await card(analyst, proposed.id).getByLabel("Option to propose").selectOption(proposal.value);
  await card(analyst, proposed.id).getByRole("button", { name: "Propose (P)" }).click();
  await expect(card(analyst, proposed.id).getByTestId("review-state")).toHaveText("Change proposed");
  await expect(analyst.getByTestId("review-progress")).toHaveText(`2 of ${total} reviewed`);

  // Validation is refused while the query and the proposal are open, in the page and through the API.
  await analyst.getByRole("button", { name: "Validate", exact: true }).click();
  await expect(analyst.getByRole("alert").filter({ hasText: "Validation waits for 2 answers" })).toContainText(
    `${queried.id}, ${proposed.id}`,
  );
  const refused = await analyst.request.post(`${url}/validate`);
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ code: "conflict.open_queries", questionIds: [queried.id, proposed.id] });

  // The focal point sees both in the questionnaire, replies to the query and accepts the proposal.
  const before = await (await focal.request.get(url)).json();
  await focal.goto("/assessment");
  const requests = focal.getByTestId("review-requests");
  await expect(requests.getByRole("heading", { name: "BDT asks about 2 answers" })).toBeVisible();
  await requests.getByRole("link", { name: queried.id, exact: true }).click();
  await expect(focal.locator(`fieldset#${queried.id}`).getByTestId("question-review")).toContainText(
    "Which law sets this up?",
  );
  const reply = focal.getByTestId(`request-${queried.id}`);
  await reply.getByLabel(`Your reply on ${queried.id}`).fill("Decree 45/2024, linked as evidence.");
  await reply.getByRole("button", { name: "Send the reply" }).click();
  await expect(reply).toHaveCount(0);
  const accept = focal.getByTestId(`request-${proposed.id}`);
  await expect(accept).toContainText(`BDT proposes: ${proposal.label}`);
  await accept.getByLabel(`Your reply on ${proposed.id}`).fill("Agreed, the plan is not adopted yet.");
  await accept.getByRole("button", { name: "Accept the proposal" }).click();
  await expect(accept).toHaveCount(0);
  // Nothing waits for the state now; the reply to the query is back with BDT.
  await expect(requests.getByRole("heading")).toHaveText("Waiting for BDT: 1");

  // Accepting the proposal changed the answer as a save does: value, version, audit trail.
  const after = await (await focal.request.get(url)).json();
  expect(after.answers.find((a: { questionId: string }) => a.questionId === proposed.id).value).toBe(proposal.value);
  expect(after.version).toBe(before.version + 1);
  const audit = await (await focal.request.get(`${url}/audit`)).json();
  expect(audit).toContainEqual(
    expect.objectContaining({ field: "value", questionId: proposed.id, newValue: proposal.value }),
  );
  expect(audit.filter((e: { field: string }) => e.field === "review")).toHaveLength(4);

  // The analyst accepts the replied answer; validation succeeds.
  await analyst.goto(`/states/${STATE}/${OPEN_CYCLE}/review?show=open`);
  await expect(card(analyst, queried.id).getByTestId("review-state")).toHaveText("Answered by the state");
  await expect(card(analyst, queried.id)).toContainText("Decree 45/2024");
  await card(analyst, queried.id).getByRole("button", { name: "Accept (A)" }).click();
  await expect(analyst.getByText("No answer matches this filter.")).toBeVisible();
  await analyst.getByRole("button", { name: "Validate", exact: true }).click();
  await expect(analyst.getByText("Validated", { exact: true })).toBeVisible();

  // Both scores, side by side; the validated one gives the answer without evidence nothing.
  const validated = await (await focal.request.get(url)).json();
  expect(validated.status).toBe("validated");
  expect(validated.validatedScores.overall).toBeLessThan(validated.scores.overall);
  await focal.goto(`/states/${STATE}/${OPEN_CYCLE}`);
  await expect(focal.getByTestId("self-assessed-score")).toContainText(shown(validated.scores.overall));
  await expect(focal.getByTestId("validated-score")).toContainText(shown(validated.validatedScores.overall));
  const scores = await (await analyst.request.get(`/api/v1/cycles/${OPEN_CYCLE}/scores`)).json();
  expect(scores.find((s: { iso3: string }) => s.iso3 === STATE)).toMatchObject({
    scoreKind: "validated",
    overall: validated.validatedScores.overall,
  });

  // The report carries the dialogue in its annex (printed only), and the PDF is served.
  const annex = focal.getByTestId("validation-annex");
  await expect(annex).toBeHidden();
  await focal.emulateMedia({ media: "print" });
  await expect(annex).toBeVisible();
  await expect(annex).toContainText("Annex: validation dialogue");
  await expect(annex).toContainText("Which law sets this up?");
  await expect(annex).toContainText("Decree 45/2024, linked as evidence.");
  await expect(annex).toContainText(`proposed “${proposal.label}”`);
  await expect(annex).toContainText("accepted the proposal");
  const pdf = await focal.request.get(`/states/${STATE}/${OPEN_CYCLE}/report.pdf?locale=en`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
});
