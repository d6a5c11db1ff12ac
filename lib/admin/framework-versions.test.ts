import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK, FRAMEWORKS } from "../framework";
import { frameworkVersionRows } from "./framework-versions";

describe("questionnaire versions panel", () => {
  it("lists every published version with its questions, whether it is current and its assessments", () => {
    const rows = frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, { [CURRENT_FRAMEWORK.id]: 412 });
    expect(rows).toEqual([
      {
        id: CURRENT_FRAMEWORK.id,
        version: CURRENT_FRAMEWORK.version,
        title: CURRENT_FRAMEWORK.title,
        questions: CURRENT_FRAMEWORK.questions.length,
        current: true,
        assessments: 412,
        unknown: false,
      },
    ]);
  });

  it("counts zero for a version no assessment uses, and flags ids that lib/framework does not know", () => {
    const rows = frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, { "res45-retired-v0": 3, "res45-gone": 0 });
    expect(rows[0]?.assessments).toBe(0);
    expect(rows.slice(1)).toEqual([
      {
        id: "res45-retired-v0",
        version: "?",
        title: "Not in lib/framework",
        questions: 0,
        current: false,
        assessments: 3,
        unknown: true,
      },
    ]);
  });
});
