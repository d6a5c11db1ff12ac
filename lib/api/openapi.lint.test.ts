import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

const redocly = path.resolve(__dirname, "../../node_modules/.bin/redocly");

interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer?: string }[];
}

/** Redocly's own linter (a rule set no one here wrote), as a client's tooling would run it, offline. */
async function lint(document: object): Promise<LintProblem[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openapi-lint-"));
  try {
    const file = path.join(dir, "openapi.json");
    fs.writeFileSync(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(
      redocly,
      ["lint", file, "--extends=recommended", "--format=json", "--max-problems=1000"],
      {
        cwd: dir,
        // No telemetry and no look-up of a newer version: the test must not reach the network.
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", CI: "true" },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    return (JSON.parse(stdout) as { problems: LintProblem[] }).problems;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const summary = (p: LintProblem) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? "?"}: ${p.message}`;

describe("OpenAPI document, as clients' tooling reads it", () => {
  it("passes redocly lint's recommended rules with no error and no warning", async () => {
    expect((await lint(buildOpenApiDocument())).map(summary)).toEqual([]);
  });

  it("is checked by that linter: a document without servers and operationIds fails it", async () => {
    const doc = buildOpenApiDocument() as { servers?: unknown; paths: Record<string, Record<string, object>> };
    delete doc.servers;
    delete (doc.paths["/api/v1/cycles"]!.get as { operationId?: string }).operationId;
    const rules = (await lint(doc)).map((p) => p.ruleId);
    expect(rules).toEqual(expect.arrayContaining(["no-empty-servers", "operation-operationId"]));
  });
});
