import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { OPEN_CYCLE, apiSignIn, signIn } from "./helpers";

// These tests change the open cycle and a state's region, which every other spec
// reads: as a *.exclusive.spec.ts file they run alone, after all the other specs
// (see playwright.config.ts), and they leave the current cycle open.

const NEW_CYCLE = 2099;
// API calls open a new connection each: a kept-alive socket that the server closes
// after its idle timeout, just as the next call reuses it, would fail as ECONNRESET.
const FRESH_CONNECTION = { connection: "close" };

async function cycleStatuses(request: APIRequestContext): Promise<Record<number, string>> {
  const cycles = (await (await request.get("/api/v1/cycles", { headers: FRESH_CONNECTION })).json()) as {
    year: number;
    status: string;
  }[];
  return Object.fromEntries(cycles.map((c) => [c.year, c.status]));
}

async function regionCodes(request: APIRequestContext, region: string): Promise<string[]> {
  const states = (await (
    await request.get(`/api/v1/member-states?region=${region}`, { headers: FRESH_CONNECTION })
  ).json()) as { iso3: string }[];
  return states.map((s) => s.iso3);
}

function cycleRow(page: Page, year: number) {
  return page
    .getByRole("region", { name: "Assessment cycles" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: String(year), exact: true }) });
}

/** A focal point re-sends one of Kenya's saved answers unchanged: accepted only while the cycle is open. */
async function resaveKenyaAnswer(request: APIRequestContext) {
  const view = (await (await request.get(`/api/v1/assessments/KEN/${OPEN_CYCLE}`)).json()) as {
    version: number;
    answers: { questionId: string; value: string | null; evidence: string[]; note: string }[];
  };
  const answer = view.answers.find((a) => a.value !== null);
  expect(answer, "Kenya's demo draft has saved answers").toBeDefined();
  return request.patch(`/api/v1/assessments/KEN/${OPEN_CYCLE}`, {
    data: { version: view.version, answers: [answer] },
  });
}

test.describe("administration: assessment cycles", () => {
  test("one cycle is open at a time; closing freezes answers, a new cycle opens, and the current one reopens", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const focal = await playwright.request.newContext({ baseURL, extraHTTPHeaders: FRESH_CONNECTION });
    await apiSignIn(focal, "focal.ken@example.org");
    await signIn(page, "admin@example.org");
    const section = page.getByRole("region", { name: "Assessment cycles" });
    const status = section.getByRole("status").first();
    const openForm = section.getByRole("form", { name: "Open a new cycle" });
    const yearField = openForm.getByLabel("Year");

    await expect(cycleRow(page, OPEN_CYCLE).getByRole("cell").nth(1)).toHaveText("Open");
    await expect(
      cycleRow(page, OPEN_CYCLE - 1)
        .getByRole("cell")
        .nth(5),
    ).toHaveText(/^[1-9]\d*$/);
    await expect(section).toContainText(`The ${OPEN_CYCLE} cycle is open. At most one cycle is open at a time`);

    // Refused while the current cycle is open, and nothing is written.
    await yearField.fill(String(NEW_CYCLE));
    await openForm.getByRole("button", { name: "Open cycle" }).click();
    await expect(openForm.getByRole("status")).toHaveText(
      `The ${OPEN_CYCLE} cycle is open. Close it before opening the ${NEW_CYCLE} cycle: at most one cycle is open at a time.`,
    );
    expect(await cycleStatuses(page.request)).not.toHaveProperty(String(NEW_CYCLE));
    await section.getByRole("button", { name: `Reopen the ${OPEN_CYCLE - 1} cycle` }).click();
    await expect(status).toHaveText(
      `The ${OPEN_CYCLE} cycle is open. Close it before reopening the ${OPEN_CYCLE - 1} cycle: at most one cycle is open at a time.`,
    );

    // A year that exists, or one out of range, is a field error.
    await yearField.fill(String(OPEN_CYCLE - 1));
    await openForm.getByRole("button", { name: "Open cycle" }).click();
    await expect(openForm.locator("#cycle-year-error")).toHaveText(
      `The ${OPEN_CYCLE - 1} cycle already exists. Reopen it from the list of cycles if it is closed.`,
    );
    await yearField.fill("1999");
    await openForm.getByRole("button", { name: "Open cycle" }).click();
    await expect(openForm.locator("#cycle-year-error")).toHaveText("Enter a year between 2000 and 2100");

    // Closing the current cycle: its answers can no longer change.
    await section.getByRole("button", { name: `Close the ${OPEN_CYCLE} cycle` }).click();
    await section.getByRole("button", { name: `Confirm: close ${OPEN_CYCLE}` }).click();
    await expect(status).toHaveText(`The ${OPEN_CYCLE} cycle is closed: its answers can no longer change.`);
    await expect(cycleRow(page, OPEN_CYCLE).getByRole("cell").nth(1)).toHaveText("Closed");
    expect((await cycleStatuses(page.request))[OPEN_CYCLE]).toBe("closed");
    const refused = await resaveKenyaAnswer(focal);
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error).toBe(`The ${OPEN_CYCLE} cycle is closed: its answers can no longer change.`);

    // With every cycle closed, a new one opens; the current one cannot reopen beside it.
    await expect(section).toContainText("No cycle is open");
    await yearField.fill(String(NEW_CYCLE));
    await openForm.getByRole("button", { name: "Open cycle" }).click();
    await expect(openForm.getByRole("status")).toHaveText(
      `The ${NEW_CYCLE} cycle is open: focal points can now answer it.`,
    );
    await expect(cycleRow(page, NEW_CYCLE).getByRole("cell")).toHaveText([
      String(NEW_CYCLE),
      "Open",
      /\d{1,2} \w{3} \d{4}/,
      "—",
      // The deadline cell: a date field (no deadline yet) and its button.
      "Save",
      "0",
      `Close the ${NEW_CYCLE} cycle`,
    ]);
    await section.getByRole("button", { name: `Reopen the ${OPEN_CYCLE} cycle` }).click();
    await expect(status).toHaveText(
      `The ${NEW_CYCLE} cycle is open. Close it before reopening the ${OPEN_CYCLE} cycle: at most one cycle is open at a time.`,
    );

    // Close the new cycle and reopen the current one, which accepts answers again.
    await section.getByRole("button", { name: `Close the ${NEW_CYCLE} cycle` }).click();
    await section.getByRole("button", { name: `Confirm: close ${NEW_CYCLE}` }).click();
    await expect(status).toHaveText(`The ${NEW_CYCLE} cycle is closed: its answers can no longer change.`);
    await section.getByRole("button", { name: `Reopen the ${OPEN_CYCLE} cycle` }).click();
    await expect(status).toHaveText(`The ${OPEN_CYCLE} cycle is open again: focal points can change its answers.`);
    await expect(cycleRow(page, OPEN_CYCLE).getByRole("cell").nth(1)).toHaveText("Open");
    await expect(cycleRow(page, OPEN_CYCLE).getByRole("cell").nth(3)).toHaveText("—");
    const statuses = await cycleStatuses(page.request);
    expect(statuses[OPEN_CYCLE]).toBe("open");
    expect(statuses[NEW_CYCLE]).toBe("closed");
    expect((await resaveKenyaAnswer(focal)).status()).toBe(200);
    await focal.dispose();
  });
});

test.describe("administration: Member State regions", () => {
  test("moves Georgia from Europe to the CIS and back, and the public API follows", async ({ page }) => {
    expect(await regionCodes(page.request, "cis")).not.toContain("GEO");
    const cisBefore = (await regionCodes(page.request, "cis")).length;
    await signIn(page, "admin@example.org");
    const section = page.getByRole("region", { name: "Member State regions" });
    const form = section.getByRole("form", { name: "Move a Member State to another region" });
    const move = async (label: string, region: string) => {
      await form.getByLabel("Member State").selectOption({ label });
      await form.getByLabel("New BDT region").selectOption({ label: region });
      await form.getByRole("button", { name: "Move to region" }).click();
    };

    await form.getByRole("button", { name: "Move to region" }).click();
    await expect(form.locator("#region-state-error")).toHaveText("Choose a Member State from the list");
    await expect(form.locator("#region-target-error")).toHaveText(
      "Choose one of the six BDT regions: Africa, Americas, Arab States, Asia-Pacific, CIS, Europe",
    );

    await move("Georgia (Europe)", "CIS");
    await expect(form.getByRole("status")).toHaveText("Georgia moved from Europe to CIS.");
    const cis = await regionCodes(page.request, "cis");
    expect(cis).toContain("GEO");
    expect(cis).toHaveLength(cisBefore + 1);
    expect(await regionCodes(page.request, "europe")).not.toContain("GEO");
    await expect(section.getByRole("listitem").filter({ hasText: "Georgia" })).toHaveText("GeorgiaCIS");

    await move("Georgia (CIS)", "CIS");
    await expect(form.locator("#region-target-error")).toHaveText("Georgia is already in the CIS region.");

    await move("Georgia (CIS)", "Europe");
    await expect(form.getByRole("status")).toHaveText("Georgia moved from CIS to Europe.");
    expect(await regionCodes(page.request, "cis")).toHaveLength(cisBefore);
    expect(await regionCodes(page.request, "europe")).toContain("GEO");
  });
});
