import { expect, test } from "@playwright/test";
import { linkCheckSchema } from "../lib/api/responses";
import { OPEN_CYCLE, signIn } from "./helpers";
import { createAccount, createForm, freshEmail, INITIAL_PASSWORD, signInAsAdmin } from "./pages/admin-accounts";

/**
 * Issue 16, the link checker: a link saved as evidence is probed at once, in the background; one that points
 * at an address that is not public (here the server's own loopback) is never contacted and shows as
 * "unreachable since …" beside the link. Malawi's focal point is created for this test, so no other spec's
 * draft changes.
 */
const QUESTION = "LEG-CYB-01";
const PRIVATE_LINK = "http://127.0.0.1:9/national-cybercrime-act.pdf";

test("a saved link is checked at once; one to a private address shows as unreachable, with the reason", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = freshEmail("focal.mwi");
  await signInAsAdmin(page);
  await createAccount(page, { name: "Focal point, Malawi", email, role: "Focal point", state: "Malawi (MWI)" });
  await expect(createForm(page).getByRole("status")).toContainText("Account created");

  const context = await browser.newContext({ baseURL });
  const focal = await context.newPage();
  await signIn(focal, email, INITIAL_PASSWORD);
  const assessment = `/api/v1/assessments/MWI/${OPEN_CYCLE}`;
  const { version } = (await (await focal.request.get(assessment)).json()) as { version: number };
  const saved = await focal.request.patch(assessment, {
    data: { version, answers: [{ questionId: QUESTION, value: "all", evidence: [PRIVATE_LINK] }] },
  });
  expect(saved.status()).toBe(200);

  await expect
    .poll(async () => {
      const checks = linkCheckSchema.array().parse(await (await focal.request.get(`${assessment}/link-checks`)).json());
      return checks.find((c) => c.url === PRIVATE_LINK) ?? null;
    })
    .toMatchObject({
      problem: "private_address",
      status: null,
      answeredAt: null,
      unreachableSince: expect.any(String),
    });

  await focal.goto("/assessment");
  const link = focal.locator(`fieldset#${QUESTION}`).getByRole("listitem").filter({ hasText: PRIVATE_LINK });
  await expect(link).toContainText(/Unreachable since \w{3} \d{1,2}, \d{4} \(not a public address\)/);

  await focal.goto(`/fr/assessment`);
  await expect(focal.locator(`fieldset#${QUESTION}`)).toContainText("Inaccessible depuis le");
  await context.close();
});
