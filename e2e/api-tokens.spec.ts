import { expect, test } from "@playwright/test";
import createClient from "openapi-fetch";
import type { paths } from "../lib/api/client/api-types";
import { apiSignIn, OPEN_CYCLE, signIn } from "./helpers";

const PREVIOUS = OPEN_CYCLE - 1;
const ANALYST = "analyst@example.org";

test.describe("personal API tokens through a client generated from the OpenAPI document", () => {
  test("a read-only token reads scores, cannot write, cannot mint tokens, and gets 401 once revoked", async ({
    request,
    baseURL,
    playwright,
  }) => {
    await apiSignIn(request, ANALYST);
    const created = await request.post("/api/v1/tokens", { data: { name: "e2e client", expiresInDays: 7 } });
    expect(created.status()).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    expect(token).toMatch(/^r45_/);

    // The listing never shows the secret again.
    const listed = await (await request.get("/api/v1/tokens")).text();
    expect(listed).toContain(id);
    expect(listed).not.toContain(token.slice(-43));

    const client = createClient<paths>({ baseUrl: baseURL, headers: { Authorization: `Bearer ${token}` } });

    const scores = await client.GET("/api/v1/cycles/{cycle}/scores", { params: { path: { cycle: PREVIOUS } } });
    expect(scores.response.status).toBe(200);
    const bySession = await (await request.get(`/api/v1/cycles/${PREVIOUS}/scores`)).json();
    expect(scores.data).toEqual(bySession);

    const patch = await client.PATCH("/api/v1/assessments/{iso3}/{cycle}", {
      params: { path: { iso3: "KEN", cycle: OPEN_CYCLE } },
      body: { version: 1, answers: [{ questionId: "LEG-CYB-01", value: null }] },
    });
    expect(patch.response.status).toBe(403);
    expect(patch.error?.code).toBe("forbidden.token_read_only");

    const action = await client.POST("/api/v1/plans/{iso3}/actions", {
      params: { path: { iso3: "KEN" } },
      body: { questionId: "LEG-CYB-01", title: "Nothing", owner: "Nobody", targetDate: "2030-01-01", priority: "low" },
    });
    expect(action.response.status).toBe(403);

    const mint = await client.POST("/api/v1/tokens", { body: { name: "another" } });
    expect(mint.response.status).toBe(403);

    // Another user cannot revoke it: none of theirs has that id.
    const other = await playwright.request.newContext({ baseURL });
    await apiSignIn(other, "focal.bra@example.org");
    expect((await other.delete(`/api/v1/tokens/${id}`)).status()).toBe(404);
    await other.dispose();

    expect((await request.delete(`/api/v1/tokens/${id}`)).status()).toBe(204);
    const after = await client.GET("/api/v1/cycles/{cycle}/scores", { params: { path: { cycle: PREVIOUS } } });
    expect(after.response.status).toBe(401);
    expect(after.error?.code).toBe("auth.token_invalid");
  });

  test("a token made for writing may change data, with its owner's rights and no more", async ({
    request,
    baseURL,
  }) => {
    await apiSignIn(request, ANALYST);
    const { token, id } = await (
      await request.post("/api/v1/tokens", { data: { name: "e2e writer", expiresInDays: 1, write: true } })
    ).json();
    const client = createClient<paths>({ baseUrl: baseURL, headers: { Authorization: `Bearer ${token}` } });
    // An analyst may not add to a state's plan, whatever the token allows.
    const action = await client.POST("/api/v1/plans/{iso3}/actions", {
      params: { path: { iso3: "KEN" } },
      body: { questionId: "LEG-CYB-01", title: "Nothing", owner: "Nobody", targetDate: "2030-01-01", priority: "low" },
    });
    expect(action.response.status).toBe(403);
    expect(action.error?.code).toBe("forbidden.focal_point_only");
    const mint = await client.POST("/api/v1/tokens", { body: { name: "another" } });
    expect(mint.error?.code).toBe("forbidden.session_required");
    expect((await request.delete(`/api/v1/tokens/${id}`)).status()).toBe(204);
  });
});

test.describe("the account page", () => {
  test("creates a token shown once, lists it, revokes it; lists this session", async ({ page }) => {
    await signIn(page, ANALYST);
    await page.goto("/account");
    await expect(page.getByRole("list", { name: "Your sessions" }).getByText("This session")).toBeVisible();

    const name = `UI token ${Date.now()}`;
    await page.getByLabel("Name (what it is for)").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = page.getByTestId("new-token").locator("code");
    await expect(secret).toHaveText(/^r45_/);
    const token = (await secret.textContent())!;

    const list = page.getByRole("list", { name: "Your API tokens" });
    await expect(list.getByText(name)).toBeVisible();
    await expect(list.getByText("Read only").first()).toBeVisible();
    const ok = await page.request.get(`/api/v1/cycles/${PREVIOUS}/scores`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(ok.status()).toBe(200);

    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    await page.getByRole("button", { name: `Revoke the token ${name}` }).click();
    await expect(page.getByRole("status").getByText("revoked")).toBeVisible();
    await expect(list.getByText(name)).toHaveCount(0);
    const refused = await page.request.get(`/api/v1/cycles/${PREVIOUS}/scores`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(refused.status()).toBe(401);
  });
});
