import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, ENDPOINTS } from "./openapi";

/** Every route handler under app/api/v1 (and /api/health), as "method path" in OpenAPI form. */
function routesInApp(): string[] {
  const root = path.resolve(__dirname, "../../app/api");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const rel = path.relative(root, dir).split(path.sep);
        if (rel[0] !== "v1" && rel[0] !== "health") continue;
        const apiPath = "/api/" + rel.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
        const source = fs.readFileSync(full, "utf8");
        for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PATCH|PUT|DELETE)\b/g))
          found.push(`${m[1]!.toLowerCase()} ${apiPath}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();
  const documented = Object.entries(doc.paths)
    .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`))
    .sort();

  it("documents exactly the endpoints the app serves", () => {
    expect(documented).toEqual(routesInApp());
  });

  it("names every operation with a unique camelCase operationId (generated clients name their methods so)", () => {
    const ids = ENDPOINTS.map((e) => e.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:[A-Z][a-z0-9]*)+$/);
    const ops = Object.values(doc.paths).flatMap((methods) => Object.values(methods)) as { operationId: string }[];
    expect(ops.map((o) => o.operationId).sort()).toEqual([...ids].sort());
  });

  it("gives every operation a 4XX answer: at least the refusal of an unknown query parameter", () => {
    const ops = Object.values(doc.paths).flatMap((methods) => Object.values(methods)) as {
      responses: Record<string, unknown>;
    }[];
    for (const op of ops) expect(Object.keys(op.responses).some((s) => s.startsWith("4"))).toBe(true);
  });

  it("derives parameters and bodies from the endpoints' zod schemas", () => {
    const patch = doc.paths["/api/v1/assessments/{iso3}/{cycle}"]!.patch as {
      parameters: { name: string; in: string }[];
      requestBody: {
        content: { "application/json": { schema: { properties: Record<string, unknown>; required: string[] } } };
      };
    };
    expect(patch.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["path:iso3", "path:cycle"]);
    const body = patch.requestBody.content["application/json"].schema;
    expect(Object.keys(body.properties)).toEqual(["version", "answers"]);
    expect(body.required).toEqual(["version", "answers"]);
    const regions = doc.paths["/api/v1/member-states"]!.get as {
      parameters: { name: string; schema: { enum: string[] } }[];
    };
    expect(regions.parameters[0]?.schema.enum).toContain("arab-states");
  });
});

describe("OpenAPI document of uploads", () => {
  it("documents the evidence upload as multipart/form-data with a binary file and the zod schema's fields", () => {
    const upload = buildOpenApiDocument().paths["/api/v1/assessments/{iso3}/{cycle}/evidence"]!.post as {
      requestBody: {
        content: Record<string, { schema: { properties: Record<string, { format?: string }>; required: string[] } }>;
      };
    };
    const schema = upload.requestBody.content["multipart/form-data"]!.schema;
    expect(schema.properties.file?.format).toBe("binary");
    expect(Object.keys(schema.properties)).toEqual([
      "file",
      "questionId",
      "title",
      "issuer",
      "issuedOn",
      "confidentiality",
    ]);
    expect(schema.required).toEqual(["file", "questionId", "title"]);
  });
});
