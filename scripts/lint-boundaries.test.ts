import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const eslint = new ESLint({ cwd: root });

/** The import-boundary findings of eslint.config.mjs for `code` placed at `file`. */
async function boundaryFindings(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => ({ severity: m.severity === 2 ? "error" : "warn", message: m.message }));
}

const ERROR = expect.objectContaining({ severity: "error" });

describe("import boundaries (eslint.config.mjs)", () => {
  it("lib/ may not import Next.js, React, server-only, db/, server/ or app/", async () => {
    for (const source of [
      "next/server",
      "next",
      "next-intl",
      "next-intl/server",
      "react",
      "react-dom/client",
      "server-only",
      "@/db/index",
      "@/db/queries/plans",
      "../db/index",
      "@/server/env",
      "../server/env",
      "@/app/_lib/action",
    ]) {
      const findings = await boundaryFindings("lib/x.ts", `import "${source}";\nexport const x = 1;\n`);
      expect(findings, source).toEqual([ERROR]);
    }
  });

  it("lib/ may import lib/, zod and node's modules", async () => {
    const code = `import { scoreAssessment } from "@/lib/scoring";\nimport { z } from "zod";\nimport path from "node:path";\nexport const x = [scoreAssessment, z, path];\n`;
    expect(await boundaryFindings("lib/x.ts", code)).toEqual([]);
  });

  it("app/ importing db/ is reported (app/ calls server/)", async () => {
    const findings = await boundaryFindings(
      "app/x.ts",
      `import { getDb } from "@/db/index";\nexport const x = getDb;\n`,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("server/");
    expect(
      await boundaryFindings("app/x.ts", `import { serverEnv } from "@/db/env";\nexport const x = serverEnv;\n`),
    ).toEqual([]);
  });

  it("db/ may not import server/ or app/; server/ may not import app/, Next.js or React", async () => {
    expect(await boundaryFindings("db/x.ts", `import "@/server/env";\n`)).toEqual([ERROR]);
    expect(await boundaryFindings("db/x.ts", `import "@/app/_lib/action";\n`)).toEqual([ERROR]);
    expect(await boundaryFindings("db/x.ts", `import "@/lib/scoring";\n`)).toEqual([]);
    expect(await boundaryFindings("server/x.ts", `import "@/app/_lib/action";\n`)).toEqual([ERROR]);
    expect(await boundaryFindings("server/x.ts", `import "next/headers";\n`)).toEqual([ERROR]);
    expect(await boundaryFindings("server/x.ts", `import "react";\n`)).toEqual([ERROR]);
    expect(await boundaryFindings("server/x.ts", `import "server-only";\nimport "@/db/index";\n`)).toEqual([]);
  });
});
