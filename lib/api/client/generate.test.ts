import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_TYPES_FILE, generateApiTypes } from "./generate";

describe("the generated client types", () => {
  it("match the OpenAPI document (else run npx tsx scripts/generate-api-types.ts)", async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "../../..", API_TYPES_FILE), "utf8");
    expect(committed === (await generateApiTypes()), "lib/api/client/api-types.d.ts is stale").toBe(true);
  });

  it("name the client's operations by the document's operationIds", async () => {
    const types = await generateApiTypes();
    for (const id of ["listCycleScores", "createApiToken", "revokeApiToken", "updateAssessmentAnswers"])
      expect(types).toContain(`    ${id}: {`);
  });
});
