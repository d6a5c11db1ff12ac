import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK, FRAMEWORKS } from "../framework";
import { frameworkVersionRows } from "./framework-versions";

/** The row of a published version that no assessment uses and that is not current. */
const row = (f: (typeof FRAMEWORKS)[number]) => ({
  id: f.id,
  version: f.version,
  title: f.title,
  questions: f.questions.length,
  current: false,
  assessments: 0,
  unknown: false,
});

describe("questionnaire versions panel", () => {
  it("lists every published version with its questions, whether it is current and its assessments", () => {
    const rows = frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, { [CURRENT_FRAMEWORK.id]: 412 });
    expect(rows).toEqual([
      ...FRAMEWORKS.filter(
        (f) => f.id !== CURRENT_FRAMEWORK.id && FRAMEWORKS.indexOf(f) < FRAMEWORKS.indexOf(CURRENT_FRAMEWORK),
      ).map(row),
      {
        id: CURRENT_FRAMEWORK.id,
        version: CURRENT_FRAMEWORK.version,
        title: CURRENT_FRAMEWORK.title,
        questions: CURRENT_FRAMEWORK.questions.length,
        current: true,
        assessments: 412,
        unknown: false,
      },
      ...FRAMEWORKS.filter((f) => FRAMEWORKS.indexOf(f) > FRAMEWORKS.indexOf(CURRENT_FRAMEWORK)).map(row),
    ]);
  });

  it("counts zero for a version no assessment uses, and flags ids that lib/framework does not know", () => {
    const rows = frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, { "res45-retired-v0": 3, "res45-gone": 0 });
    expect(rows[0]?.assessments).toBe(0);
    expect(rows.slice(FRAMEWORKS.length)).toEqual([
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
