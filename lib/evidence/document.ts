import type { AssessmentAnswer } from "../assessment/view";
import type { Confidentiality } from "./kinds";

/** A document attached to one answer, as the service layer returns it (its bytes are downloaded apart). */
export interface EvidenceDocument {
  id: string;
  questionId: string;
  title: string;
  issuer: string | null;
  /** YYYY-MM-DD */
  issuedOn: string | null;
  /** `public`: anyone may see it (once issue 20 publishes it); `bdt`: BDT and the state only. */
  confidentiality: Confidentiality;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

/** An answer with the documents attached to its question. */
export type AnswerWithDocuments = AssessmentAnswer & { documents: EvidenceDocument[] };

/**
 * Every answer with its documents, in question order. A question that has
 * documents but no answer yet appears unanswered (value null, as a cleared
 * answer does), so that no document is left out of the assessment.
 */
export function attachDocuments(
  answers: readonly AssessmentAnswer[],
  documents: readonly EvidenceDocument[],
): AnswerWithDocuments[] {
  const byQuestion = new Map<string, EvidenceDocument[]>();
  for (const d of documents) byQuestion.set(d.questionId, [...(byQuestion.get(d.questionId) ?? []), d]);
  const result: AnswerWithDocuments[] = answers.map((a) => ({ ...a, documents: byQuestion.get(a.questionId) ?? [] }));
  const answered = new Set(answers.map((a) => a.questionId));
  for (const [questionId, docs] of byQuestion)
    if (!answered.has(questionId)) result.push({ questionId, value: null, evidence: [], note: "", documents: docs });
  return result.sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
}

/** How a document counts in the scoring engine's evidence list: one entry per document. */
export const documentEvidenceEntry = (id: string) => `document:${id}`;

/**
 * The answers as the scoring engine reads them: an answer is evidenced by its
 * links and by its documents alike (lib/scoring counts entries, not what they are).
 */
export function scoringAnswers<A extends AssessmentAnswer>(
  answers: readonly A[],
  documents: readonly Pick<EvidenceDocument, "id" | "questionId">[],
): A[] {
  const byQuestion = new Map<string, string[]>();
  for (const d of documents)
    byQuestion.set(d.questionId, [...(byQuestion.get(d.questionId) ?? []), documentEvidenceEntry(d.id)]);
  return answers.map((a) => {
    const docs = byQuestion.get(a.questionId);
    return docs ? { ...a, evidence: [...a.evidence, ...docs] } : a;
  });
}

/** The answers of a view, which carry their documents, as the scoring engine reads them. */
export const scoringAnswersOf = <A extends AnswerWithDocuments>(answers: readonly A[]): A[] =>
  scoringAnswers(
    answers,
    answers.flatMap((a) => a.documents),
  );

/** The first characters of a SHA-256, for lists; the whole one is shown on hover and copied. */
export const shortSha256 = (sha256: string) => `${sha256.slice(0, 12)}…`;
