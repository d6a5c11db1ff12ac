import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, SERVER_ONLY_NAMESPACES } from "@/lib/i18n/locales";

const APP = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const isClient = (source: string) => /^\s*["']use client["']/m.test(source);

describe("the messages the browser gets", () => {
  it("leave out the server-only namespaces and keep the others", () => {
    expect(clientMessages({ common: { a: "A" }, reference: { b: "B" }, errors: { c: "C" } })).toEqual({
      common: { a: "A" },
      errors: { c: "C" },
    });
  });

  it("are enough: no client component, nor a component a client component imports, reads a server-only namespace", () => {
    const files = sourceFiles(APP).map((file) => ({ file, source: fs.readFileSync(file, "utf8") }));
    const clients = files.filter((f) => isClient(f.source));
    for (const ns of SERVER_ONLY_NAMESPACES) {
      const readers = files.filter((f) => new RegExp(`useTranslations\\(["'\`]${ns}[."'\`]`).test(f.source));
      expect(readers.length, `some component reads ${ns}`).toBeGreaterThan(0);
      for (const reader of readers) {
        expect(isClient(reader.source), `${path.relative(APP, reader.file)} is a client component`).toBe(false);
        const name = path.basename(reader.file).replace(/\.tsx?$/, "");
        const importers = clients.filter((c) => new RegExp(`from ["'][^"']*/${name}["']`).test(c.source));
        expect(
          importers.map((c) => path.relative(APP, c.file)),
          `client components import ${name}`,
        ).toEqual([]);
      }
    }
  });
});
