import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { SAMPLES } from "../lib/evidence/testing/samples";
import { errorResponseSchema, uploadedDocumentSchema } from "../lib/api/responses";
import { apiSignIn, OPEN_CYCLE, signIn } from "./helpers";

/**
 * Issue 16, evidence documents: a focal point uploads a PDF and a PNG from the
 * questionnaire, sees them listed with their SHA-256 and downloads one byte for
 * byte; a disguised program and an SVG are refused with the reason; another
 * state's focal point can neither upload nor download. Kenya's open-cycle draft
 * is used; the documents are deleted at the end (uploads move no version).
 */
const QUESTION = "LEG-CYB-01";
const upload = `/api/v1/assessments/KEN/${OPEN_CYCLE}/evidence`;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const field = (page: Page) => page.locator(`fieldset#${QUESTION}`);
/** The multipart body of an upload through the API. */
const form = (bytes: Uint8Array, name: string, extra: Record<string, string> = {}) => ({
  multipart: {
    questionId: QUESTION,
    title: "x",
    ...extra,
    file: { name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) },
  },
});

async function attach(page: Page, name: string, mimeType: string, buffer: Uint8Array) {
  await field(page)
    .getByLabel(`Document file for ${QUESTION}`)
    .setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) });
  await field(page).getByRole("button", { name: "Upload", exact: true }).click();
}

test.describe("evidence documents", () => {
  test("a focal point uploads a PDF and a PNG, sees their SHA-256, downloads one unchanged; programs and SVG are refused", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signIn(page, "focal.ken@example.org");
    await page.goto("/assessment");
    const documents = field(page).getByRole("list", { name: "Documents" });

    await attach(page, "national-strategy.pdf", "application/pdf", SAMPLES.pdf);
    await expect(documents.getByRole("link", { name: "Download national-strategy" })).toBeVisible();
    await attach(page, "cirt-diagram.png", "image/png", SAMPLES.png);
    await expect(documents.getByRole("link", { name: "Download cirt-diagram" })).toBeVisible();
    // Each listed with its SHA-256: shortened, the whole one on hover.
    await expect(documents.locator(`code[title="${sha256(SAMPLES.pdf)}"]`)).toHaveText(
      `${sha256(SAMPLES.pdf).slice(0, 12)}…`,
    );
    await expect(documents.locator(`code[title="${sha256(SAMPLES.png)}"]`)).toBeVisible();
    await expect(documents.getByText("PDF ·")).toBeVisible();
    await expect(documents.getByText("PNG ·")).toBeVisible();

    const downloading = page.waitForEvent("download");
    await documents.getByRole("link", { name: "Download national-strategy" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("national-strategy.pdf");
    expect(sha256(fs.readFileSync((await download.path())!))).toBe(sha256(SAMPLES.pdf));

    // A Windows program renamed decree.pdf, and an SVG: refused, with the reason, and not listed.
    await attach(page, "decree.pdf", "application/pdf", SAMPLES.exe);
    await expect(field(page).getByTestId("document-error")).toContainText("The file is a program");
    await attach(page, "logo.svg", "image/svg+xml", SAMPLES.svg);
    await expect(field(page).getByTestId("document-error")).toContainText("SVG image");
    await expect(documents.getByRole("listitem")).toHaveCount(2);

    // After a reload the documents are still there, and the assessment's GET lists them with their question.
    await page.reload();
    await expect(field(page).getByRole("list", { name: "Documents" }).getByRole("listitem")).toHaveCount(2);
    const kenya = await playwright.request.newContext({ baseURL });
    await apiSignIn(kenya, "focal.ken@example.org");
    const view = (await (await kenya.get(`/api/v1/assessments/KEN/${OPEN_CYCLE}`)).json()) as {
      documents: { id: string; questionId: string; sha256: string }[];
    };
    const attached = view.documents.filter((d) => d.questionId === QUESTION);
    expect(attached.map((d) => d.sha256).sort()).toEqual([sha256(SAMPLES.pdf), sha256(SAMPLES.png)].sort());

    // Another state's focal point: 403 on upload and on download.
    const brazil = await playwright.request.newContext({ baseURL });
    await apiSignIn(brazil, "focal.bra@example.org");
    const refusedUpload = await brazil.post(upload, form(SAMPLES.pdf, "x.pdf"));
    expect(refusedUpload.status()).toBe(403);
    expect(errorResponseSchema.parse(await refusedUpload.json()).code).toBe("forbidden.other_state");
    for (const d of attached) {
      const refused = await brazil.get(`/api/v1/evidence/${d.id}`);
      expect(refused.status()).toBe(403);
      expect(await refused.text()).not.toContain("PDF");
      expect((await brazil.delete(`/api/v1/evidence/${d.id}`)).status()).toBe(403);
    }

    // The state's own download: the bytes as uploaded, never to be rendered or sniffed.
    const pdf = attached.find((d) => d.sha256 === sha256(SAMPLES.pdf))!;
    const own = await kenya.get(`/api/v1/evidence/${pdf.id}`);
    expect(own.status()).toBe(200);
    expect(own.headers()["content-type"]).toBe("application/pdf");
    expect(own.headers()["content-disposition"]).toMatch(/^attachment; filename="national-strategy\.pdf"/);
    expect(own.headers()["x-content-type-options"]).toBe("nosniff");
    expect(own.headers()["content-security-policy"]).toContain("sandbox");
    expect(own.headers()["repr-digest"]).toBe(
      `sha-256=:${Buffer.from(sha256(SAMPLES.pdf), "hex").toString("base64")}:`,
    );
    expect(sha256(await own.body())).toBe(sha256(SAMPLES.pdf));

    // Through the API: a kind decided by content (a 201 with what was stored), 415 with the reason, 413 over 20 MB.
    const text = await kenya.post(
      upload,
      form(SAMPLES.text, "decree.pdf", { title: "Decree 12", confidentiality: "public" }),
    );
    expect(text.status()).toBe(201);
    const stored = uploadedDocumentSchema.parse(await text.json());
    expect(stored).toMatchObject({
      mediaType: "text/plain; charset=utf-8",
      confidentiality: "public",
      sha256: sha256(SAMPLES.text),
    });
    const elf = await kenya.post(upload, form(SAMPLES.elf, "x.txt"));
    expect(elf.status()).toBe(415);
    expect((await elf.json()).code).toBe("unsupported_media.executable");
    const huge = await kenya.post(upload, form(Buffer.alloc(21 * 1024 * 1024, 0x25), "x.pdf"));
    expect(huge.status()).toBe(413);
    expect((await huge.json()).code).toBe("too_large.document");

    // Deleted by the state's focal point: gone for good.
    for (const id of [...attached.map((d) => d.id), stored.id]) {
      expect((await kenya.delete(`/api/v1/evidence/${id}`)).status()).toBe(204);
      expect((await kenya.get(`/api/v1/evidence/${id}`)).status()).toBe(404);
    }
    await Promise.all([kenya.dispose(), brazil.dispose()]);
  });
});
