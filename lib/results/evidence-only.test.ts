import { describe, expect, it } from "vitest";
import { RES45_BA2017_V2 } from "../framework";
import { localizeFramework } from "../framework/i18n/localize";
import { LOCALES } from "../i18n/locales";
import { addEvidenceAction, isEvidenceOnlyGap } from "./evidence-only";

const question = RES45_BA2017_V2.questions.find((q) => q.evidenceRequired && q.options.length >= 3)!;
const byCredit = [...question.options].sort((a, b) => b.credit - a.credit);
const best = byCredit[0]!.value;
const lower = byCredit.find((o) => o.credit < byCredit[0]!.credit && o.credit > 0)!.value;
const answer = (value: string | null, evidence: string[] = []) => ({ questionId: question.id, value, evidence });

describe("evidence-only gaps", () => {
  it("is the best option without the required evidence", () => {
    expect(isEvidenceOnlyGap(question, [answer(best)])).toBe(true);
  });

  it("is not a lower option, an unanswered question, or the best option with evidence", () => {
    expect(isEvidenceOnlyGap(question, [answer(lower)])).toBe(false);
    expect(isEvidenceOnlyGap(question, [answer(null)])).toBe(false);
    expect(isEvidenceOnlyGap(question, [])).toBe(false);
    expect(isEvidenceOnlyGap(question, [answer(best, ["https://gov.example/law"])])).toBe(false);
  });

  it("reads the answers as the engine does: the last usable one counts, unknown values are ignored", () => {
    expect(isEvidenceOnlyGap(question, [answer(lower), answer(best)])).toBe(true);
    expect(isEvidenceOnlyGap(question, [answer(best), answer(lower)])).toBe(false);
    expect(isEvidenceOnlyGap(question, [answer(best), answer("no-such-option")])).toBe(true);
    expect(isEvidenceOnlyGap(question, [answer(best), answer(null)])).toBe(false);
  });

  it("never applies to a question that requires no evidence", () => {
    const free = RES45_BA2017_V2.questions.find((q) => !q.evidenceRequired)!;
    const top = [...free.options].sort((a, b) => b.credit - a.credit)[0]!.value;
    expect(isEvidenceOnlyGap(free, [{ questionId: free.id, value: top, evidence: [] }])).toBe(false);
  });

  it("says to add the evidence, with the question's guidance, in each language", () => {
    expect(addEvidenceAction(question)).toBe(`Add the evidence: ${question.guidance}`);
    for (const locale of LOCALES) {
      const localized = localizeFramework(RES45_BA2017_V2, locale).questions.find((q) => q.id === question.id)!;
      const text = addEvidenceAction(localized, locale);
      expect(text, locale).toContain(localized.guidance);
      expect(text, locale).not.toBe(localized.guidance);
    }
    expect(addEvidenceAction(question, "xx")).toBe(addEvidenceAction(question, "en"));
  });
});
