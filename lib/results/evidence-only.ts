/**
 * An evidence-only gap: the answer is already the question's best option, but the evidence the question
 * requires is missing, so its credit is halved (docs/methodology.md, "The evidence rule"). What closes it is
 * the evidence, not the substantive action the questionnaire recommends, so the gap list, the what-if and
 * the plan actions made from it say "add the evidence", with what counts as evidence for that question.
 */
import type { Question } from "../framework/types";
import { isLocale, type Locale } from "../i18n/locales";
import { hasNoEvidence } from "../scoring/compile";
import type { AnswerInput } from "../scoring/types";

/** The answer the scoring engine reads for the question: the last one whose value is null or a known option. */
function lastUsableAnswer(question: Question, answers: readonly AnswerInput[]): AnswerInput | undefined {
  let found: AnswerInput | undefined;
  for (const answer of answers) {
    if (answer.questionId !== question.id) continue;
    if (answer.value === null || question.options.some((o) => o.value === answer.value)) found = answer;
  }
  return found;
}

/** True when the chosen option has the best credit and only the required evidence is missing. */
export function isEvidenceOnlyGap(question: Question, answers: readonly AnswerInput[]): boolean {
  if (!question.evidenceRequired) return false;
  const answer = lastUsableAnswer(question, answers);
  if (!answer || answer.value === null || !hasNoEvidence(answer.evidence)) return false;
  const chosen = question.options.find((o) => o.value === answer.value)!;
  return chosen.credit === Math.max(...question.options.map((o) => o.credit));
}

/** "Add the evidence: …" in the reader's language; `{guidance}` is the question's own evidence guidance. */
const ADD_EVIDENCE: Record<Locale, string> = {
  en: "Add the evidence: {guidance}",
  fr: "Joindre les justificatifs : {guidance}",
  es: "Aportar las pruebas: {guidance}",
  ru: "Приложить подтверждающие документы: {guidance}",
  zh: "补充证据：{guidance}",
  ar: "إضافة الأدلة: {guidance}",
};

/** The action that closes an evidence-only gap; `question` is in the language `locale` names. */
export function addEvidenceAction(question: Question, locale = "en"): string {
  const template = ADD_EVIDENCE[isLocale(locale) ? locale : "en"];
  return template.replace("{guidance}", question.guidance.trim());
}
