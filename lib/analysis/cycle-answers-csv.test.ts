import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "../framework";
import { CYCLE_ANSWERS_HEADER, cycleAnswersToCsv } from "./cycle-answers-csv";

describe("cycle answers CSV", () => {
  const [first, second] = CURRENT_FRAMEWORK.questions;
  const csv = cycleAnswersToCsv([
    {
      iso3: "KEN",
      region: "africa",
      status: "submitted",
      framework: CURRENT_FRAMEWORK,
      answers: [
        { questionId: first!.id, value: first!.options[0]!.value, evidence: [] },
        {
          questionId: second!.id,
          value: second!.options[0]!.value,
          evidence: ["https://a.example", "https://b.example"],
        },
      ],
    },
    { iso3: "EST", region: "europe", status: "validated", framework: CURRENT_FRAMEWORK, answers: [] },
  ]);
  const lines = csv.trimEnd().split("\r\n");

  it("has one row per state and question, states by ISO code, questions in questionnaire order", () => {
    expect(lines[0]).toBe(CYCLE_ANSWERS_HEADER.join(","));
    expect(lines).toHaveLength(1 + 2 * CURRENT_FRAMEWORK.questions.length);
    expect(lines[1]?.startsWith(`EST,europe,validated,${first!.id},`)).toBe(true);
    const kenya = lines.slice(1 + CURRENT_FRAMEWORK.questions.length);
    expect(kenya.map((l) => l.split(",")[3])).toEqual(CURRENT_FRAMEWORK.questions.map((q) => q.id));
  });

  it("gives the effective credit and the number of evidence items", () => {
    const kenya = lines.slice(1 + CURRENT_FRAMEWORK.questions.length);
    const credit = first!.options[0]!.credit * (first!.evidenceRequired ? 0.5 : 1);
    expect(kenya[0]).toBe(
      [
        "KEN",
        "africa",
        "submitted",
        first!.id,
        first!.pillar,
        first!.outcome,
        first!.options[0]!.value,
        credit,
        0,
      ].join(","),
    );
    expect(kenya[1]?.split(",").slice(6)).toEqual([second!.options[0]!.value, String(second!.options[0]!.credit), "2"]);
  });

  it("leaves an unanswered question's value empty with credit 0", () => {
    expect(lines[1]?.split(",").slice(6)).toEqual(["", "0", "0"]);
  });
});
