/**
 * The crosswalk from questionnaire version 1 to version 2: for each v2 question, the v1 question it continues
 * (or null for a new question) and how the v1 option values carry over. Where the v1 option set maps, the
 * answer (value, evidence and note) is carried; where a v1 option covers more than one v2 option (the ladder
 * changed and the old answer does not say which), the value maps to null: evidence and note are kept and the
 * question is listed as left to answer. Pure data and functions: no database.
 */
import { RES45_BA2017_V1 } from "./res45-ba2017-v1";
import { RES45_BA2017_V2 } from "./res45-ba2017-v2";
import type { AnswerInput } from "../scoring/types";

export interface CrosswalkEntry {
  /** The v2 question. */
  to: string;
  /** The v1 question it continues, or null when it is new in v2. */
  from: string | null;
  /** v1 option value → v2 option value, or null where the v1 answer does not determine the v2 one. */
  values: Readonly<Record<string, string | null>>;
}

const same = (...values: string[]) => Object.fromEntries(values.map((v) => [v, v]));

// Value maps, one per change of ladder. Names say which v1 options they read.
const YES_PARTIAL_NO_TO_STAGE = { yes: "in-force", partial: null, no: null };
const YES_DRAFT_NO_TO_STAGE = { yes: "in-force", partial: "awaiting-adoption", no: null };
const YES_PARTIAL_NO_TO_LAW_SCOPE = { yes: "all", partial: null, no: "none" };
const YES_PARTIAL_NO_TO_BINDING = { yes: "binding", partial: "voluntary", no: "none" };
const YES_OLDER_NO_TO_RECENCY = { yes: "within-period", older: "earlier", no: "never" };
const MOST_SOME_NO_TO_REACH = { most: "most", some: "some", no: "none" };
const YES_INFORMAL_NO_TO_FORMALITY = { yes: "formal", informal: "informal", no: "none" };
const YES_INPROGRESS_NO_TO_STUDY = { yes: "completed", "in-progress": "under-way", no: "no" };
const MEMBER_APPLYING_NO = { member: "member", applying: "in-progress", no: "no" };

export const CROSSWALK_V1_V2: readonly CrosswalkEntry[] = [
  // Legal
  { to: "LEG-CYB-01", from: "LEG-CYB-01", values: { yes: null, partial: "draft-only", no: "none" } },
  { to: "LEG-CYB-02", from: "LEG-CYB-02", values: YES_PARTIAL_NO_TO_LAW_SCOPE },
  { to: "LEG-CYB-03", from: "LEG-CYB-03", values: YES_PARTIAL_NO_TO_STAGE },
  { to: "LEG-CYB-04", from: "LEG-CYB-04", values: YES_PARTIAL_NO_TO_LAW_SCOPE },
  { to: "LEG-CYB-05", from: "LEG-CYB-05", values: YES_DRAFT_NO_TO_STAGE },
  { to: "LEG-CYB-06", from: "LEG-CYB-06", values: YES_PARTIAL_NO_TO_LAW_SCOPE },
  { to: "LEG-CYB-09", from: null, values: {} },
  { to: "LEG-CYB-10", from: null, values: {} },
  { to: "LEG-CYB-11", from: null, values: {} },
  { to: "LEG-CYB-07", from: "LEG-CYB-07", values: { party: "member", signed: "in-progress", no: "no" } },
  { to: "LEG-CYB-08", from: "LEG-CYB-08", values: { operational: "in-force", established: "in-force", none: null } },
  { to: "LEG-PRV-01", from: "LEG-PRV-01", values: YES_DRAFT_NO_TO_STAGE },
  { to: "LEG-PRV-02", from: "LEG-PRV-02", values: YES_DRAFT_NO_TO_STAGE },
  { to: "LEG-PRV-03", from: "LEG-PRV-03", values: YES_PARTIAL_NO_TO_BINDING },
  { to: "LEG-PRV-04", from: "LEG-PRV-04", values: same("yes", "partial", "no") },
  { to: "LEG-SPR-01", from: "LEG-SPR-01", values: YES_PARTIAL_NO_TO_BINDING },
  { to: "LEG-SPR-02", from: "LEG-SPR-02", values: YES_PARTIAL_NO_TO_BINDING },
  { to: "LEG-SPR-03", from: "LEG-SPR-03", values: YES_PARTIAL_NO_TO_BINDING },
  { to: "LEG-SPR-04", from: "LEG-SPR-04", values: same("yes", "partial", "no") },
  // Technical
  {
    to: "TEC-CIRT-01",
    from: "TEC-CIRT-01",
    values: {
      operational: "in-force",
      established: "in-force",
      "assessment-or-design": "in-preparation",
      none: "none",
    },
  },
  {
    to: "TEC-CIRT-08",
    from: "TEC-CIRT-01",
    values: { operational: "yes", established: null, "assessment-or-design": "no", none: "no" },
  },
  { to: "TEC-CIRT-02", from: "TEC-CIRT-02", values: YES_PARTIAL_NO_TO_STAGE },
  { to: "TEC-CIRT-09", from: null, values: {} },
  { to: "TEC-CIRT-10", from: null, values: {} },
  { to: "TEC-CIRT-11", from: null, values: {} },
  { to: "TEC-CIRT-07", from: "TEC-CIRT-07", values: { regular: "regular", occasional: "occasional", no: "never" } },
  { to: "TEC-CIRT-03", from: "TEC-CIRT-03", values: YES_PARTIAL_NO_TO_STAGE },
  { to: "TEC-CIRT-04", from: "TEC-CIRT-04", values: YES_PARTIAL_NO_TO_STAGE },
  { to: "TEC-CIRT-05", from: "TEC-CIRT-05", values: YES_OLDER_NO_TO_RECENCY },
  { to: "TEC-CIRT-06", from: "TEC-CIRT-06", values: same("several", "one", "none") },
  { to: "TEC-CII-01", from: "TEC-CII-01", values: same("yes", "partial", "no") },
  { to: "TEC-CII-02", from: "TEC-CII-02", values: YES_DRAFT_NO_TO_STAGE },
  { to: "TEC-CII-03", from: "TEC-CII-03", values: YES_PARTIAL_NO_TO_BINDING },
  { to: "TEC-CII-04", from: "TEC-CII-04", values: YES_OLDER_NO_TO_RECENCY },
  { to: "TEC-CII-05", from: "TEC-CII-05", values: YES_OLDER_NO_TO_RECENCY },
  { to: "TEC-SPM-01", from: "TEC-SPM-01", values: MOST_SOME_NO_TO_REACH },
  { to: "TEC-SPM-02", from: "TEC-SPM-02", values: same("enforced", "monitoring", "no") },
  { to: "TEC-SPM-03", from: "TEC-SPM-03", values: same("acting", "collecting", "no") },
  { to: "TEC-SPM-04", from: "TEC-SPM-04", values: { yes: "most", partial: null, no: "none" } },
  { to: "TEC-THR-01", from: "TEC-THR-01", values: YES_OLDER_NO_TO_RECENCY },
  { to: "TEC-THR-02", from: "TEC-THR-02", values: { routine: "regular", occasional: null, no: "never" } },
  { to: "TEC-THR-03", from: "TEC-THR-03", values: same("yes", "partial", "no") },
  { to: "TEC-STD-01", from: "TEC-STD-01", values: { mandatory: "binding", recommended: "voluntary", no: "none" } },
  { to: "TEC-STD-02", from: "TEC-STD-02", values: same("yes", "in-progress", "no") },
  { to: "TEC-STD-03", from: "TEC-STD-03", values: { binding: "binding", voluntary: "voluntary", no: "none" } },
  // Organizational
  {
    to: "ORG-STR-01",
    from: "ORG-STR-01",
    values: { adopted: "in-force", "draft-complete": "awaiting-adoption", drafting: "in-preparation", none: "none" },
  },
  { to: "ORG-STR-02", from: "ORG-STR-02", values: { yes: "all", partial: null, no: "none" } },
  { to: "ORG-STR-03", from: "ORG-STR-03", values: same("yes", "partial", "no") },
  { to: "ORG-STR-04", from: "ORG-STR-04", values: { yes: "within-period", "in-progress": "earlier", no: null } },
  { to: "ORG-STR-05", from: "ORG-STR-05", values: same("recurrent", "project", "no") },
  { to: "ORG-GOV-01", from: "ORG-GOV-01", values: { yes: "formal", partial: "informal", no: "none" } },
  { to: "ORG-GOV-02", from: "ORG-GOV-02", values: same("yes", "inactive", "no") },
  { to: "ORG-GOV-03", from: "ORG-GOV-03", values: YES_INFORMAL_NO_TO_FORMALITY },
  { to: "ORG-GOV-04", from: "ORG-GOV-04", values: same("yes", "no") },
  { to: "ORG-ASM-01", from: "ORG-ASM-01", values: same("yes", "focal-point-only", "no") },
  { to: "ORG-ASM-02", from: "ORG-ASM-02", values: YES_OLDER_NO_TO_RECENCY },
  { to: "ORG-ASM-03", from: "ORG-ASM-03", values: { yes: null, partial: null, no: "none" } },
  { to: "ORG-CHILD-01", from: "ORG-CHILD-01", values: YES_PARTIAL_NO_TO_STAGE },
  { to: "ORG-CHILD-02", from: "ORG-CHILD-02", values: { yes: "formal", partial: "informal", no: "none" } },
  { to: "ORG-CHILD-03", from: "ORG-CHILD-03", values: same("yes", "police-only", "no") },
  { to: "ORG-CHILD-04", from: "ORG-CHILD-04", values: MOST_SOME_NO_TO_REACH },
  // Capacity development
  { to: "CAP-AWR-01", from: "CAP-AWR-01", values: YES_OLDER_NO_TO_RECENCY },
  { to: "CAP-AWR-02", from: "CAP-AWR-02", values: { yes: "continuing", "one-off": "one-off", no: "none" } },
  { to: "CAP-AWR-03", from: "CAP-AWR-03", values: YES_OLDER_NO_TO_RECENCY },
  { to: "CAP-AWR-04", from: "CAP-AWR-04", values: { national: null, local: null, no: "none" } },
  { to: "CAP-AWR-05", from: null, values: {} },
  { to: "CAP-AWR-06", from: null, values: {} },
  { to: "CAP-TRN-01", from: "CAP-TRN-01", values: same("degree", "courses", "no") },
  { to: "CAP-TRN-02", from: "CAP-TRN-02", values: same("yes", "ad-hoc", "no") },
  { to: "CAP-TRN-03", from: "CAP-TRN-03", values: { all: "all", some: "some", no: "none" } },
  { to: "CAP-TRN-04", from: "CAP-TRN-04", values: YES_INPROGRESS_NO_TO_STUDY },
  { to: "CAP-TRN-05", from: "CAP-TRN-05", values: same("national", "pilot", "no") },
  { to: "CAP-EMT-01", from: "CAP-EMT-01", values: YES_INPROGRESS_NO_TO_STUDY },
  { to: "CAP-EMT-02", from: "CAP-EMT-02", values: YES_INPROGRESS_NO_TO_STUDY },
  { to: "CAP-EMT-03", from: "CAP-EMT-03", values: same("dedicated", "general", "no") },
  { to: "CAP-EMT-04", from: "CAP-EMT-04", values: same("yes", "general", "no") },
  { to: "CAP-EMT-05", from: "CAP-EMT-05", values: same("yes", "no") },
  // Cooperation
  { to: "COP-INT-01", from: "COP-INT-01", values: { yes: null, negotiating: null, no: "no" } },
  { to: "COP-INT-09", from: "COP-INT-01", values: { yes: null, negotiating: null, no: "no" } },
  { to: "COP-INT-02", from: "COP-INT-02", values: same("yes", "list-only", "no") },
  { to: "COP-INT-03", from: "COP-INT-03", values: MEMBER_APPLYING_NO },
  { to: "COP-INT-04", from: "COP-INT-04", values: MEMBER_APPLYING_NO },
  { to: "COP-INT-05", from: "COP-INT-05", values: YES_OLDER_NO_TO_RECENCY },
  { to: "COP-INT-06", from: "COP-INT-06", values: YES_OLDER_NO_TO_RECENCY },
  { to: "COP-INT-07", from: "COP-INT-07", values: { formal: "formal", "case-by-case": "informal", no: "none" } },
  { to: "COP-INT-08", from: "COP-INT-08", values: YES_INFORMAL_NO_TO_FORMALITY },
  { to: "COP-PPP-01", from: "COP-PPP-01", values: YES_INFORMAL_NO_TO_FORMALITY },
  { to: "COP-PPP-02", from: "COP-PPP-02", values: YES_INFORMAL_NO_TO_FORMALITY },
  { to: "COP-PPP-03", from: "COP-PPP-03", values: { yes: "all", partial: "some", no: "none" } },
  { to: "COP-PPP-04", from: "COP-PPP-04", values: YES_INFORMAL_NO_TO_FORMALITY },
];

export const CROSSWALK_FROM = RES45_BA2017_V1.id;
export const CROSSWALK_TO = RES45_BA2017_V2.id;

/** The crosswalk entry of a v2 question, or undefined. */
export function crosswalkEntry(v2QuestionId: string): CrosswalkEntry | undefined {
  return CROSSWALK_V1_V2.find((e) => e.to === v2QuestionId);
}

export interface CarriedAnswers {
  /** Answers to v2 questions, in v2 question order: mapped values, with the v1 evidence and note. */
  answers: AnswerInput[];
  /** v2 questions that still need an answer: new ones, unmapped values, and v1 questions left unanswered. */
  toAnswer: string[];
  /** v2 questions whose value was carried over. */
  carried: string[];
}

/**
 * Carries a v1 answer set to v2. For each v2 question that continues a v1 question with an answer, the v2
 * answer keeps the v1 evidence and note, and takes the mapped value (null where the map says the v1 answer
 * does not decide). A v1 answer with a value the v1 question does not offer is treated as no answer.
 * Pure: the input is not changed.
 */
export function carryV1AnswersToV2(v1Answers: readonly AnswerInput[]): CarriedAnswers {
  const byQuestion = new Map<string, AnswerInput>();
  for (const a of v1Answers) byQuestion.set(a.questionId, a);
  const answers: AnswerInput[] = [];
  const toAnswer: string[] = [];
  const carried: string[] = [];
  for (const q of RES45_BA2017_V2.questions) {
    const entry = crosswalkEntry(q.id);
    const old = entry?.from ? byQuestion.get(entry.from) : undefined;
    if (!entry || !old) {
      toAnswer.push(q.id);
      continue;
    }
    const mapped = old.value == null ? null : (entry.values[old.value] ?? null);
    const answer: AnswerInput = { questionId: q.id, value: mapped, evidence: [...(old.evidence ?? [])] };
    if (old.note !== undefined) answer.note = old.note;
    if (mapped === null && answer.evidence.length === 0 && !answer.note) {
      toAnswer.push(q.id);
      continue;
    }
    answers.push(answer);
    if (mapped === null) toAnswer.push(q.id);
    else carried.push(q.id);
  }
  return { answers, toAnswer, carried };
}
