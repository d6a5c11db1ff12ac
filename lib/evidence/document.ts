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

/** The first characters of a SHA-256, for lists; the whole one is shown on hover and copied. */
export const shortSha256 = (sha256: string) => `${sha256.slice(0, 12)}…`;
