import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "../framework";
import { markDemoRecord } from "../demo/marker";
import { answersToCsv, checkAssessmentFile, EXPORT_SCHEMA, toAssessmentFile } from "./exchange";
import { toCsv } from "../csv";

const [q1, q2] = CURRENT_FRAMEWORK.questions;
const answers = [
  { questionId: q1!.id, value: q1!.options[0]!.value, evidence: ["https://gov.example/a"], note: 'Said "yes", twice' },
  { questionId: q2!.id, value: null, evidence: [], note: "" },
];
const target = { iso3: "KEN", cycle: 2026, framework: CURRENT_FRAMEWORK };

describe("assessment files", () => {
  it("exports JSON that imports back without a problem", () => {
    const file = toAssessmentFile(
      CURRENT_FRAMEWORK,
      { iso3: "KEN", cycle: 2026, status: "draft", version: 4, answers },
      new Date("2026-11-01T00:00:00Z"),
    );
    expect(file).toMatchObject({
      schema: EXPORT_SCHEMA,
      framework: { id: CURRENT_FRAMEWORK.id, version: CURRENT_FRAMEWORK.version },
      exportedAt: "2026-11-01T00:00:00.000Z",
    });
    expect(checkAssessmentFile(JSON.parse(JSON.stringify(file)), target)).toEqual([]);
  });

  it("imports back a file exported from the demo data set (demo: true is allowed and ignored)", () => {
    const file = markDemoRecord(
      toAssessmentFile(CURRENT_FRAMEWORK, { iso3: "KEN", cycle: 2026, status: "draft", version: 4, answers }),
      true,
    );
    expect(file.demo).toBe(true);
    expect(checkAssessmentFile(JSON.parse(JSON.stringify(file)), target)).toEqual([]);
    expect(checkAssessmentFile({ ...file, demo: "yes" }, target).map((p) => p.path.join("."))).toEqual(["demo"]);
  });

  it("reports every problem by question and refuses another state's or framework's file", () => {
    const file = toAssessmentFile(CURRENT_FRAMEWORK, {
      iso3: "BRA",
      cycle: 2026,
      status: "draft",
      version: 1,
      answers,
    });
    const broken = {
      ...file,
      framework: { id: "other-v9", version: "9" },
      answers: [
        ...file.answers,
        { questionId: "NOPE-XX-01", value: "yes", evidence: [], note: "" },
        { questionId: q1!.id, value: "bogus", evidence: [], note: "" },
      ],
    };
    const problems = checkAssessmentFile(broken, target);
    expect(problems.map((p) => p.path.join("."))).toEqual([
      "iso3",
      "framework.id",
      "answers.2.questionId",
      "answers.3.questionId",
      "answers.3.value",
    ]);
    expect(problems[2]?.message).toContain("NOPE-XX-01");
  });

  it("refuses files that are not assessment files, naming the field", () => {
    expect(checkAssessmentFile({ schema: "x" }, target).map((p) => p.path[0])).toEqual(
      expect.arrayContaining(["schema", "framework", "iso3", "cycle", "answers"]),
    );
    expect(checkAssessmentFile("hello", target)).toHaveLength(1);
  });

  it("writes CSV with quoting and neutralises spreadsheet formulas", () => {
    expect(
      toCsv([
        ["a", 'b "c"', "x,y"],
        ["=SUM(A1)", null, 3],
      ]),
    ).toBe('a,"b ""c""","x,y"\r\n\'=SUM(A1),,3\r\n');
    const csv = answersToCsv(CURRENT_FRAMEWORK, answers);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(CURRENT_FRAMEWORK.questions.length + 1);
    expect(lines[0]).toBe(
      "question_id,pillar,indicator_group,outcome,question,answer_value,answer_label,credit,evidence,note",
    );
    expect(lines[1]).toContain('"Said ""yes"", twice"');
    expect(lines[1]?.startsWith(`${q1!.id},${q1!.pillar},`)).toBe(true);
  });
});
