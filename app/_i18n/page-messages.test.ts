import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outermostPaths } from "@/lib/i18n/pick-messages";
import { APP_ROOT, clientMessageUsage } from "./client-message-usage";
import { LAYOUT_MESSAGES, PAGE_MESSAGES } from "./page-messages";

const LOCALE_DIR = path.join(APP_ROOT, "app/[locale]");

function pageFolders(dir = LOCALE_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pageFolders(full);
    return entry.name === "page.tsx" ? [path.relative(LOCALE_DIR, dir).split(path.sep).join("/")] : [];
  });
}

const registered: Record<string, readonly string[]> = PAGE_MESSAGES;

describe("the messages each page sends to the browser", () => {
  const pages = pageFolders();

  it("finds the pages", () => {
    expect(pages).toContain("analysis/[cycle]");
    expect(pages).toContain("sign-in");
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)("page %s: exactly the namespaces its client components read, given by PageMessages", (page) => {
    const file = path.join(LOCALE_DIR, page, "page.tsx");
    const usage = clientMessageUsage(file);
    expect(usage.unnamed, "client components must name their namespace in useTranslations").toEqual([]);
    const needed = outermostPaths(usage.namespaces);
    expect(outermostPaths(registered[page] ?? []), `PAGE_MESSAGES["${page}"]`).toEqual(needed);
    if (needed.length > 0) expect(fs.readFileSync(file, "utf8")).toContain(`<PageMessages page="${page}">`);
  });

  it("lists no page that does not exist", () => {
    expect(Object.keys(PAGE_MESSAGES).filter((page) => !pages.includes(page))).toEqual([]);
  });

  it("gives the layout exactly what the header and footer read", () => {
    const usage = clientMessageUsage(path.join(LOCALE_DIR, "layout.tsx"));
    expect(usage.unnamed).toEqual([]);
    expect(outermostPaths([...LAYOUT_MESSAGES])).toEqual(outermostPaths(usage.namespaces));
  });

  it("never sends the server-only reference texts (the methodology, the framework's notes)", () => {
    for (const list of [...Object.values(registered), LAYOUT_MESSAGES]) {
      expect(list.filter((ns) => ns === "reference" || ns.startsWith("reference."))).toEqual([]);
    }
  });
});
