import { expect, test } from "@playwright/test";
import { cycleSchema, healthSchema } from "../lib/api/responses";
import { memberStateSchema } from "../lib/api/member-states.validation";
import { signIn } from "./helpers";

test.describe("foundation", () => {
  test("health reports the database engine in use", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = healthSchema.parse(await response.json());
    expect(body.status).toBe("ok");
    expect(body.database).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
  });

  test("serves the 193 Member States and filters by region", async ({ request }) => {
    const all = await request.get("/api/v1/member-states");
    expect(all.status()).toBe(200);
    const states = memberStateSchema.array().parse(await all.json());
    expect(states).toHaveLength(193);
    expect(states.find((s) => s.iso3 === "KEN")).toEqual({ iso3: "KEN", iso2: "KE", name: "Kenya", region: "africa" });

    const cis = await request.get("/api/v1/member-states?region=cis");
    const cisStates = (await cis.json()) as { region: string }[];
    expect(cisStates).toHaveLength(9);
    expect(cisStates.every((s) => s.region === "cis")).toBe(true);
  });

  test("an unknown region is a 400 that lists the valid ones", async ({ request }) => {
    const response = await request.get("/api/v1/member-states?region=atlantis");
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toContain("atlantis");
    for (const region of ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe"]) {
      expect(body.error).toContain(region);
    }
  });

  test("lists cycles newest first with the current one open", async ({ request }) => {
    const response = await request.get("/api/v1/cycles");
    expect(response.status()).toBe(200);
    const cycles = cycleSchema.array().parse(await response.json());
    expect(cycles.length).toBeGreaterThanOrEqual(1);
    const years = cycles.map((c) => c.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(cycles[0]).toEqual({ year: new Date().getUTCFullYear(), status: "open" });
    expect(cycles.slice(1).every((c) => c.status === "closed")).toBe(true);
  });

  test("home page explains the product and leads each user to their place", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("cybersecurity readiness");
    for (const audience of ["National focal points", "BDT analysts", "Administrators"]) {
      await expect(page.getByRole("heading", { name: audience })).toBeVisible();
    }
    await page.getByRole("link", { name: "The 193 Member States" }).click();
    await expect(page).toHaveURL(/\/member-states$/);
    await expect(page.getByRole("row")).toHaveCount(194);
    await page.getByRole("link", { name: /Arab States/ }).click();
    await expect(page).toHaveURL(/region=arab-states/);
    await expect(page.getByRole("row")).toHaveCount(22);
    await expect(page.getByRole("cell", { name: "Djibouti" })).toBeVisible();
  });

  test("pages name the product's icon, which the browser's tab can load", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toMatch(/^\/icon\.svg/);
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    expect(await icon.text()).toContain("R45");
  });

  test("a page view asks the server for the page alone; a link fetches its page when followed", async ({ page }) => {
    await signIn(page, "focal.ken@example.org");
    const pageRequests: string[] = [];
    page.on("request", (r) => {
      if (!r.url().includes("/_next/static/")) pageRequests.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await page.goto("/en/assessment", { waitUntil: "networkidle" });
    // The header's and the page's links are in view; none of them is fetched ahead.
    await expect(page.getByRole("link", { name: "Change history" })).toBeVisible();
    expect(pageRequests.filter((r) => !r.startsWith("GET /icon.svg"))).toEqual(["GET /en/assessment"]);

    await page.getByRole("link", { name: "Change history" }).click();
    await expect(page).toHaveURL(/\/states\/KEN\/\d+\/audit$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the API is documented by an OpenAPI document and a page that renders it", async ({ request, page }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/member-states",
        "/api/v1/assessments/{iso3}/{cycle}",
        "/api/v1/cycles/{cycle}/regions",
      ]),
    );
    await page.goto("/api-docs");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Res45 Readiness API");
    await expect(page.getByRole("article", { name: "PATCH /api/v1/assessments/{iso3}/{cycle}" })).toContainText(
      "focal point of the state",
    );
  });
});
