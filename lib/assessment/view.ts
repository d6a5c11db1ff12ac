import type { AuditField } from "./audit-fields";
import type { EvidenceDocument } from "../evidence/document";
import type { ScoreResult } from "../scoring";
import type { AssessmentStatus } from "./status";

/** One Member State's assessment in one cycle, as the service layer returns it. */
export interface AssessmentAnswer {
  questionId: string;
  value: string | null;
  evidence: string[];
  note: string;
}

export interface ReviewComment {
  questionId: string;
  text: string;
  author: string;
  at: string;
}

export interface StatusChange {
  from: AssessmentStatus;
  to: AssessmentStatus;
  by: string;
  at: string;
}

export interface AssessmentView {
  iso3: string;
  cycle: number;
  status: AssessmentStatus;
  version: number;
  framework: string;
  answers: AssessmentAnswer[];
  /** The documents attached to the answers, each naming its question. */
  documents: EvidenceDocument[];
  /** The self-assessed score: the answers as given. */
  scores: ScoreResult;
  /** The validated score (after BDT's decisions), stored when the assessment is validated; null before. */
  validatedScores: ScoreResult | null;
  /** The comments of the latest return, if the assessment was returned. */
  comments: ReviewComment[];
  history: StatusChange[];
  updatedAt: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  /** "review": a step of the validation dialogue (old and new state of the answer's review). "framework": the assessment moved to another questionnaire version (old and new framework ids). */
  field: AuditField;
  questionId: string | null;
  oldValue: unknown;
  newValue: unknown;
}
