import { expect, test } from "@playwright/test";
import { apiSignIn, OPEN_CYCLE, showQuestion, signIn } from "./helpers";

/**
 * Refusals carry a stable code and are written in the reader's language: the
 * REST API follows Accept-Language, pages and server actions the page's language.
 */
test.describe("error codes and languages", () => {
  test("the same refusal answers in English by default and in French with Accept-Language: fr", async ({ request }) => {
    await apiSignIn(request, "analyst@example.org");
    const url = `/api/v1/assessments/XXX/${OPEN_CYCLE}`;
    const english = await request.get(url);
    const french = await request.get(url, { headers: { "accept-language": "fr-CH, fr;q=0.9, en;q=0.5" } });
    expect(english.status()).toBe(404);
    expect(french.status()).toBe(404);
    const en = await english.json();
    const fr = await french.json();
    expect(en.code).toBe("not_found.member_state");
    expect(fr.code).toBe(en.code);
    expect(en.error).toBe("No ITU Member State has the code XXX.");
    expect(fr.error).toContain("XXX");
    expect(fr.error).toContain("État Membre");
  });

  test("a bad body names each field in the reader's language, zod's own messages included", async ({ request }) => {
    await apiSignIn(request, "focal.ken@example.org");
    const response = await request.patch(`/api/v1/assessments/KEN/${OPEN_CYCLE}`, {
      headers: { "accept-language": "es" },
      data: { version: "three", answers: [{ questionId: "LEG-CYB-01", value: null }], extra: true },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.code).toBe("validation.body");
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["extra", "version"]);
    expect(body.fieldErrors.extra[0]).toContain("extra");
    expect(body.fieldErrors.extra[0]).not.toContain("Unknown field");
    expect(body.error).not.toContain("Invalid request body");
  });

  test("a type error in an answers or plan body, or a bad query value, answers in French with a code", async ({
    request,
  }) => {
    const french = { "accept-language": "fr" };
    await apiSignIn(request, "focal.ken@example.org");
    const answers = await request.patch(`/api/v1/assessments/KEN/${OPEN_CYCLE}`, {
      headers: french,
      data: { version: "three", answers: "all" },
    });
    expect(answers.status()).toBe(400);
    expect(await answers.json()).toMatchObject({
      code: "validation.body",
      fieldErrors: { version: ["version doit être un nombre"], answers: ["answers doit être une liste"] },
    });

    const plan = await request.post("/api/v1/plans/KEN/actions", {
      headers: french,
      data: { questionId: 1, title: 2, owner: "CIRT", targetDate: "2027-06-30", priority: "urgent" },
    });
    expect(plan.status()).toBe(400);
    const planBody = await plan.json();
    expect(planBody.code).toBe("validation.body");
    expect(planBody.fieldErrors).toEqual({
      questionId: ["questionId doit être un identifiant de question, par ex. LEG-CYB-01"],
      title: ["« title » doit être un texte"],
      priority: ["« priority » doit être l’une de ces valeurs : high, medium, low"],
    });

    const region = await request.get("/api/v1/member-states?region=mars", { headers: french });
    expect(region.status()).toBe(400);
    const regionBody = await region.json();
    expect(regionBody.code).toBe("validation.query");
    expect(regionBody.fieldErrors.region[0]).toMatch(/^Région inconnue « mars »\. Régions valides : /);
    // The same request without Accept-Language answers in English.
    const english = await (await request.get("/api/v1/member-states?region=mars")).json();
    expect(english.fieldErrors.region[0]).toMatch(/^Unknown region "mars"\. Valid regions: /);
  });

  test("someone who may not act is refused before the body is read", async ({ request }) => {
    await apiSignIn(request, "focal.bra@example.org");
    const response = await request.patch(`/api/v1/assessments/KEN/${OPEN_CYCLE}`, {
      headers: { "content-type": "application/json" },
      data: "{ not json",
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).code).toBe("forbidden.other_state");
  });

  test("an unknown query parameter is a 400 that names it, on routes that read a query and routes that read none", async ({
    request,
  }) => {
    for (const url of ["/api/health?verbose=1", "/api/v1/cycles?verbose=1", "/api/v1/member-states?regoin=africa"]) {
      const response = await request.get(url, { headers: { "accept-language": "fr" } });
      expect(response.status(), url).toBe(400);
      const body = await response.json();
      const name = new URL(url, "http://x").searchParams.keys().next().value!;
      expect(body.code, url).toBe("validation.query");
      expect(Object.keys(body.fieldErrors), url).toEqual([name]);
      expect(body.fieldErrors[name][0], url).toBe(`Paramètre de requête inconnu « ${name} »`);
    }
    // The parameters a route documents are still read.
    const africa = await request.get("/api/v1/member-states?region=africa");
    expect(africa.status()).toBe(200);
    expect((await africa.json()).length).toBeGreaterThan(40);
  });

  test("a conflict keeps its code and the version to rebase on", async ({ request }) => {
    await apiSignIn(request, "focal.ken@example.org");
    const current = await (await request.get(`/api/v1/assessments/KEN/${OPEN_CYCLE}`)).json();
    const stale = await request.patch(`/api/v1/assessments/KEN/${OPEN_CYCLE}`, {
      headers: { "accept-language": "ru" },
      data: { version: current.version + 50, answers: [{ questionId: "LEG-CYB-01", value: null }] },
    });
    expect(stale.status()).toBe(409);
    const body = await stale.json();
    expect(body).toMatchObject({ code: "conflict.version", currentVersion: current.version });
    expect(body.error).not.toContain("This assessment changed");
  });
});

test("a form the server refuses shows the server's message in the page's language", async ({ page }) => {
  await page.goto("/fr/sign-in");
  await page.locator("#email").fill("focal.egy@example.org");
  await page.locator("#password").fill("Readiness-Demo-2026");
  await page.locator("form button[type=submit]").click();
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto("/fr/account");
  await page.locator("#currentPassword").fill("not-the-password-at-all");
  await page.locator("#newPassword").fill("Another-Password-2026");
  await page.locator("#confirmPassword").fill("Another-Password-2026");
  await page.locator("form:has(#currentPassword) button[type=submit]").click();
  const fieldError = page.locator("#currentPassword-error");
  await expect(fieldError).toBeVisible();
  await expect(fieldError).not.toHaveText("The current password is not correct.");
  await expect(fieldError).toContainText("mot de passe");
});

test("the questionnaire refuses an evidence link with the schema's message, in the page's language", async ({
  page,
}) => {
  // India's draft: only typed here, never saved (the link is refused before it joins the answer).
  await signIn(page, "focal.ind@example.org");
  await page.goto("/fr/assessment");
  const question = await showQuestion(page, "TEC-CIRT-01");
  await question
    .getByLabel("Ajouter un lien vers un justificatif pour TEC-CIRT-01")
    .fill("ftp://not-allowed.example/x");
  await question.getByRole("button", { name: "Ajouter le lien" }).click();
  await expect(question.getByText("Une pièce justificative doit être une URL http:// ou https://")).toBeVisible();
  await question
    .getByLabel("Ajouter un lien vers un justificatif pour TEC-CIRT-01")
    .fill(`https://gov.example/${"x".repeat(2000)}`);
  await question.getByRole("button", { name: "Ajouter le lien" }).click();
  await expect(question.getByText("L’URL de la pièce justificative dépasse 2000 caractères")).toBeVisible();
});
