import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const PAGES = ["/", "/framework", "/member-states", "/sign-in", "/api-docs"];

test.describe("security headers", () => {
  test("every page type sends a nonce-based CSP and the other security headers", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of PAGES) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      const scripts = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
      expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(scripts, path).not.toContain("unsafe-inline");
      expect(scripts, path).not.toContain("unsafe-eval");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      nonces.add(scripts);
    }
    expect(nonces.size).toBe(PAGES.length);
    const api = await request.get("/api/v1/cycles");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("pages still run their scripts under the policy (no CSP violation)", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await signIn(page, "focal.est@example.org");
    await expect(page.getByTestId("save-status")).toHaveText("Saved");
    expect(violations).toEqual([]);
  });
});
