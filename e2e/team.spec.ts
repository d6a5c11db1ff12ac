import { expect, test, type Browser, type Page } from "@playwright/test";
import { CURRENT_FRAMEWORK } from "../lib/framework";
import { DEMO_PASSWORD, OPEN_CYCLE, signIn } from "./helpers";

/**
 * Issue 18, contributors: Kenya's focal point invites a contributor and assigns a question from the Team page;
 * the contributor signs in from the e-mailed link, answers the assigned question, is refused another (403
 * through REST, not editable on the page) and cannot submit; a comment mentioning the focal point puts a
 * message in the outbox. The assigned question is the questionnaire's last, which no other spec edits.
 */
const STATE = "KEN";
const FOCAL_POINT = "focal.ken@example.org";
const ASSIGNED = CURRENT_FRAMEWORK.questions.at(-1)!;
const OTHER = CURRENT_FRAMEWORK.questions.at(-2)!;
const a = `/api/v1/assessments/${STATE}/${OPEN_CYCLE}`;

/** The plain text of the newest outbox message to `address` with `subject`, as administrators read it. */
async function outboxText(admin: Page, address: string, subject: RegExp): Promise<string> {
  await admin.goto("/en/admin/outbox");
  const row = admin.getByRole("row").filter({ hasText: address }).filter({ hasText: subject }).first();
  await row.getByRole("link").first().click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(subject);
  return (await admin.locator("main").textContent()) ?? "";
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("a focal point shares out work; the contributor answers only their question and talks in its thread", async ({
  browser,
}) => {
  // Three people (focal point, administrator reading the outbox, contributor) in one journey of some thirty steps.
  test.setTimeout(240_000);
  const email = `contributor.${Date.now()}@e2e.test`;
  const name = `Contributor ${Date.now() % 100_000}`;
  const focal = await newPage(browser);
  const admin = await newPage(browser);
  const contributor = await newPage(browser);
  await signIn(focal, FOCAL_POINT);
  await signIn(admin, "admin@example.org");

  // The focal point invites a contributor of Kenya from the Team page.
  await focal.goto("/en/team");
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText("The Kenya team");
  const invite = focal.getByRole("form", { name: "Invite a contributor" });
  await invite.getByLabel("Name").fill(name);
  await invite.getByLabel("E-mail address").fill(email);
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(focal.getByText(`Invitation sent to ${email}.`)).toBeVisible();

  // The contributor follows the link and chooses a password.
  const invitation = await outboxText(admin, email, /Your invitation to Res45 Readiness/);
  const link = /https?:\/\/\S+\/en\/invitation\/[\w-]+/.exec(invitation)?.[0];
  expect(link, "the invitation's link").toBeTruthy();
  await contributor.goto(new URL(link!).pathname);
  await contributor.getByLabel(/^Password \(at least/).fill(DEMO_PASSWORD);
  await contributor.getByLabel("Password again").fill(DEMO_PASSWORD);
  await contributor.getByRole("button", { name: "Create my account" }).click();
  await expect(contributor).toHaveURL(/\/en\/assessment/);

  // The focal point assigns one question with a due date; the contributor is told by e-mail.
  await focal.reload();
  await expect(focal.getByTestId("team-people")).toContainText(email);
  const assign = focal.getByRole("form", { name: "Assign questions" });
  await assign.getByLabel("Contributor").selectOption({ label: name });
  await assign.getByLabel("Questions or groups").selectOption([ASSIGNED.id]);
  await assign.getByLabel("Due date (optional)").fill("2099-06-30");
  await assign.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(focal.getByText(`Assigned to ${name}: they are notified in their inbox and by e-mail.`)).toBeVisible();
  await expect(focal.locator(`tr[data-question="${ASSIGNED.id}"]`)).toContainText(name);
  const told = await outboxText(admin, email, /Questions of the \d{4} assessment of Kenya assigned to you/);
  expect(told).toContain(ASSIGNED.id);

  // The contributor's questionnaire: their question is marked and editable, the others are read-only.
  await contributor.goto("/en/assessment");
  await expect(contributor.getByTestId("my-questions")).toContainText(ASSIGNED.id);
  // "My questions" links to each, in whichever pillar it is.
  await contributor.getByTestId("my-questions").getByRole("link", { name: ASSIGNED.id }).click();
  const mine = contributor.locator(`fieldset[id="${ASSIGNED.id}"]`);
  const other = contributor.locator(`fieldset[id="${OTHER.id}"]`);
  await expect(mine.getByRole("radio").first()).toBeEnabled();
  await expect(mine.getByTestId("question-assignment")).toHaveText(/Assigned to you · due/);
  await expect(other).toHaveAttribute("data-locked", "true");
  await expect(other.getByRole("radio").first()).toBeDisabled();
  await expect(other.getByRole("textbox").first()).toBeDisabled();
  await expect(contributor.getByRole("button", { name: "Submit to BDT" })).toHaveCount(0);
  const saved = contributor.waitForResponse((r) => r.url().endsWith(a) && r.request().method() === "PATCH");
  await mine.getByRole("radio").first().check();
  expect((await saved).status(), "the contributor's save of their own question").toBe(200);

  // Through REST: the other question is refused with its own code, and so is submitting.
  const current = await (await contributor.request.get(a)).json();
  const refused = await contributor.request.patch(a, {
    data: {
      version: current.version,
      answers: [{ questionId: OTHER.id, value: OTHER.options[0]!.value, evidence: [], note: "" }],
    },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).code).toBe("forbidden.not_assigned");
  const submit = await contributor.request.post(`${a}/submit`);
  expect(submit.status()).toBe(403);
  // The focal point sees who answered the question.
  await focal.reload();
  await expect(focal.locator(`tr[data-question="${ASSIGNED.id}"]`)).toContainText(name, { timeout: 10_000 });

  // A comment in the question's thread that mentions the focal point puts a message in the outbox.
  const thread = contributor.locator(`fieldset[id="${ASSIGNED.id}"] + [data-testid="question-thread"]`);
  await thread.locator("summary").click();
  await thread.getByLabel("Add a comment").fill(`@${FOCAL_POINT} the law was amended last year, see the link.`);
  await thread.getByRole("button", { name: "Post comment" }).click();
  await expect(thread.getByTestId("thread-comment")).toContainText("the law was amended");
  await expect(thread.getByTestId("thread-comment")).toContainText("Notified: Focal point, Kenya");
  const mention = await outboxText(admin, FOCAL_POINT, new RegExp(`${name} mentioned you on question ${ASSIGNED.id}`));
  expect(mention).toContain("the law was amended");
});
