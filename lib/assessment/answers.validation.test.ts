import { describe, expect, it } from "vitest";
import { schemaRefusal } from "../errors/testing/refusal";
import type { Framework } from "../framework/types";
import { answerInputSchema, answersPatchSchema, scoreRequestSchema } from "./answers.validation";
import { checkAnswersAgainstFramework } from "./answer-problems";

const framework: Framework = {
  id: "test-v1",
  version: "1",
  title: "Test",
  pillars: [{ id: "legal", name: "Legal", description: "", weight: 1 }],
  outcomes: [{ id: "D.3-1", name: "Policies", description: "" }],
  tiers: [{ level: 5, name: "Building", minScore: 0 }],
  groups: [{ id: "legal-law", pillar: "legal", title: "Law", description: "" }],
  questions: ["LEG-LAW-01", "LEG-LAW-02"].map((id) => ({
    id,
    pillar: "legal" as const,
    group: "legal-law",
    outcome: "D.3-1" as const,
    clauses: ["R45-CON-E"],
    text: "?",
    guidance: "",
    options: [
      { value: "yes", label: "Yes", credit: 1 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: { action: "Act", clause: "R45-CON-E" },
  })),
};

describe("answer validation", () => {
  it("accepts http and https evidence and refuses other schemes", () => {
    expect(
      answerInputSchema.safeParse({
        questionId: "A",
        value: "yes",
        evidence: ["https://gov.example/law.pdf", "http://x.example"],
      }).success,
    ).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "ftp://files.example/a",
      "file:///etc/passwd",
      "not a url",
      "data:text/html,hi",
    ]) {
      const result = answerInputSchema.safeParse({ questionId: "A", value: "yes", evidence: [bad] });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("validation.evidence_url");
    }
  });

  it("refuses unknown fields and wrong types with a message per field", () => {
    const result = scoreRequestSchema.safeParse({
      framework: "test-v1",
      answers: [{ questionId: 3, value: true }],
      extra: 1,
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["answers.0.questionId", "answers.0.value", ""]));
  });

  it("names unknown questions, unknown options and duplicates against the framework", () => {
    const problems = checkAnswersAgainstFramework(framework, [
      { questionId: "LEG-LAW-01", value: "yes" },
      { questionId: "LEG-XXX-99", value: "yes" },
      { questionId: "LEG-LAW-02", value: "maybe" },
      { questionId: "LEG-LAW-01", value: null },
    ]);
    expect(problems).toMatchObject([
      {
        path: ["answers", 1, "questionId"],
        code: "validation.unknown_question",
        message: 'Unknown question id "LEG-XXX-99" in framework test-v1',
      },
      {
        path: ["answers", 2, "value"],
        code: "validation.invalid_option",
        message: 'LEG-LAW-02 has no option "maybe"; valid: yes, no',
      },
      {
        path: ["answers", 3, "questionId"],
        code: "validation.duplicate_answer",
        message: "Duplicate answer to LEG-LAW-01 (also at answers.0)",
      },
    ]);
  });

  it("requires a version and at least one change in a patch", () => {
    expect(answersPatchSchema.safeParse({ version: 2, answers: [] }).success).toBe(false);
    expect(answersPatchSchema.safeParse({ answers: [{ questionId: "A", value: null }] }).success).toBe(false);
    const ok = answersPatchSchema.parse({ version: 0, answers: [{ questionId: "A", value: null }] });
    expect(ok.answers[0]?.evidence).toBeUndefined();
  });

  it("refuses text Postgres cannot store (NUL, unpaired surrogates) in every stored field, naming it", () => {
    for (const bad of ["a\u0000b", "x\ud800y", "\udc00"]) {
      const result = answerInputSchema.safeParse({
        questionId: `Q${bad}`,
        value: bad,
        evidence: [`https://gov.example/${bad}`],
        note: bad,
      });
      expect(result.success).toBe(false);
      const paths = result.error!.issues.map((i) => i.path.join("."));
      expect(paths).toEqual(["questionId", "value", "evidence.0", "note"]);
      expect(result.error!.issues[3]!.message).toContain("note");
    }
    // Paired surrogates (emoji) and other control characters are ordinary text.
    expect(answerInputSchema.safeParse({ questionId: "Q", value: null, note: "ok \u{1F600} \u0007" }).success).toBe(
      true,
    );
  });

  it("answers a type error with a code, in the reader's language", () => {
    const patch = schemaRefusal(answersPatchSchema, { version: "three", answers: "all" }, "fr");
    expect(patch.codes).toEqual({ version: "validation.version_number", answers: "validation.answers_list" });
    expect(patch.fieldErrors).toEqual({
      version: ["version doit être un nombre"],
      answers: ["answers doit être une liste"],
    });

    const answer = schemaRefusal(
      scoreRequestSchema,
      { framework: 7, answers: [{ questionId: 3, value: true, evidence: "https://gov.example", note: 5 }] },
      "fr",
    );
    expect(answer.codes).toEqual({
      framework: "validation.framework_required",
      "answers.0.questionId": "validation.required",
      "answers.0.value": "validation.option_value",
      "answers.0.evidence": "validation.evidence_list",
      "answers.0.note": "validation.text",
    });
    expect(answer.fieldErrors["answers.0.questionId"]).toEqual(["« questionId » est obligatoire"]);
    expect(answer.fieldErrors["answers.0.note"]).toEqual(["« note » doit être un texte"]);

    const empty = schemaRefusal(answersPatchSchema, { version: 1, answers: [] }, "es");
    expect(empty.fieldErrors).toEqual({ answers: ["answers debe incluir al menos un cambio"] });
    const unstorable = schemaRefusal(answerInputSchema, { questionId: "A", value: null, note: "a\u0000b" }, "ru");
    expect(unstorable.codes).toEqual({ note: "validation.unstorable" });
    expect(unstorable.fieldErrors.note![0]).toMatch(/^«note» содержит символ NUL/);
  });
});
