import { describe, expect, it } from "vitest";
import { fieldErrorsOf, zodProblems } from "../errors";
import { schemaRefusal } from "../errors/testing/refusal";
import { actionPatchSchema, actionsFromGapsSchema, newActionSchema, planQuerySchema } from "./plan.validation";

const valid = {
  questionId: "LEG-CYB-01",
  title: "Adopt a cybercrime law",
  owner: "Ministry of Justice",
  targetDate: "2027-06-30",
  priority: "high",
};

function fieldsOf(result: { success: boolean; error?: unknown }) {
  if (result.success) return [];
  return Object.keys(fieldErrorsOf(zodProblems(result.error as never), "en"));
}

describe("newActionSchema", () => {
  it("accepts an action and defaults its status to planned, trimming text", () => {
    const parsed = newActionSchema.parse({ ...valid, title: "  Adopt a cybercrime law  " });
    expect(parsed).toEqual({ ...valid, status: "planned" });
  });

  it.each([
    ["questionId", { questionId: "../etc" }],
    ["title", { title: "  " }],
    ["owner", { owner: "" }],
    ["targetDate", { targetDate: "2027-02-30" }],
    ["targetDate", { targetDate: "30/06/2027" }],
    ["targetDate", { targetDate: "1999-12-31" }],
    ["priority", { priority: "urgent" }],
    ["status", { status: "finished" }],
    ["title", { title: "x".repeat(401) }],
  ])("names %s when it is wrong", (field, change) => {
    expect(fieldsOf(newActionSchema.safeParse({ ...valid, ...change }))).toEqual([field]);
  });

  it("refuses unknown fields, so a typo is not silently dropped", () => {
    expect(fieldsOf(newActionSchema.safeParse({ ...valid, onwer: "x" }))).toEqual(["onwer"]);
  });
});

describe("actionsFromGapsSchema", () => {
  it("needs at least one gap, each once", () => {
    const base = { owner: "CIRT", targetDate: "2027-01-31", priority: "medium" };
    expect(actionsFromGapsSchema.safeParse({ ...base, questionIds: [] }).success).toBe(false);
    expect(actionsFromGapsSchema.safeParse({ ...base, questionIds: ["LEG-CYB-01", "LEG-CYB-01"] }).success).toBe(false);
    expect(actionsFromGapsSchema.safeParse({ ...base, questionIds: ["LEG-CYB-01", "TEC-CIRT-01"] }).success).toBe(true);
  });
});

describe("actionPatchSchema", () => {
  it("needs a version and at least one change", () => {
    expect(fieldsOf(actionPatchSchema.safeParse({ status: "done" }))).toEqual(["version"]);
    expect(actionPatchSchema.safeParse({ version: 3 }).success).toBe(false);
    expect(actionPatchSchema.parse({ version: 3, status: "done" })).toEqual({ version: 3, status: "done" });
  });
});

describe("planQuerySchema", () => {
  it("names an unknown filter value or parameter", () => {
    expect(fieldsOf(planQuerySchema.safeParse({ status: "late" }))).toEqual(["status"]);
    expect(planQuerySchema.safeParse({ sort: "x" }).success).toBe(false);
    expect(planQuerySchema.parse({ priority: "low" })).toEqual({ priority: "low" });
  });
});

describe("type errors", () => {
  it("answer with a code per field, in the reader's language", () => {
    const action = schemaRefusal(
      newActionSchema,
      { questionId: 1, title: 2, owner: 3, targetDate: "2027-06-30", priority: "urgent", status: "later" },
      "fr",
    );
    expect(action.codes).toEqual({
      questionId: "validation.question_id",
      title: "validation.text",
      owner: "validation.text",
      priority: "validation.one_of",
      status: "validation.one_of",
    });
    expect(action.fieldErrors.title).toEqual(["« title » doit être un texte"]);
    expect(action.fieldErrors.priority).toEqual(["« priority » doit être l’une de ces valeurs : high, medium, low"]);

    const patch = schemaRefusal(actionPatchSchema, { version: 1.5, title: "Adopt a law" }, "fr");
    expect(patch.fieldErrors).toEqual({ version: ["version doit être un nombre entier"] });

    const gaps = schemaRefusal(actionsFromGapsSchema, { ...valid, questionIds: "LEG-CYB-01" }, "zh");
    expect(gaps.fieldErrors.questionIds).toEqual(["questionIds 必须是问题编号列表"]);
    const twice = schemaRefusal(actionsFromGapsSchema, { ...valid, questionIds: ["LEG-CYB-01", "LEG-CYB-01"] }, "es");
    expect(twice.fieldErrors.questionIds).toEqual(["Cada carencia solo puede elegirse una vez"]);
  });
});
