import type { AnswerOption } from "../types";

/**
 * The answer ladders of version 2, defined once and shared by every question of the same kind. Options are
 * listed best first, are mutually exclusive (where a situation could fit two, the label says which wins) and
 * together exhaustive (the last option is the catch-all "no").
 */
export interface Ladder {
  id: string;
  /** What kind of question the ladder answers. */
  kind: string;
  options: readonly AnswerOption[];
}

function ladder(id: string, kind: string, options: AnswerOption[]): Ladder {
  return { id, kind, options: Object.freeze(options.map((o) => Object.freeze({ ...o }))) };
}

/** Status of something that is adopted or established: a law, a strategy, a plan, a body, a team. */
export const STAGE = ladder("stage", "status of a law, strategy, plan or body", [
  { value: "in-force", label: "Yes: adopted or established, and in force or in operation", credit: 1 },
  {
    value: "awaiting-adoption",
    label:
      "Not yet in force: a complete draft awaits adoption, or it has been adopted or established but is not yet in force or in operation",
    credit: 0.5,
  },
  {
    value: "in-preparation",
    label: "In preparation: work has formally begun, but there is no complete draft yet",
    credit: 0.25,
  },
  { value: "none", label: "No: nothing in force and nothing in preparation", credit: 0 },
]);

/** How much of a list of offences or powers that the question names is covered by law in force. */
export const LAW_SCOPE = ladder("law-scope", "coverage by law in force of the acts or powers the question lists", [
  { value: "all", label: "All of them are covered by law in force", credit: 1 },
  { value: "some", label: "Some of them are covered by law in force, but not all", credit: 0.5 },
  {
    value: "draft-only",
    label: "None is covered by law in force, but a draft that covers them awaits adoption",
    credit: 0.25,
  },
  { value: "none", label: "None is covered by law in force, and no draft awaits adoption", credit: 0 },
]);

/** How far a list of groups, measures or areas that the question names is covered (not a law). */
export const SCOPE = ladder("scope", "coverage of the groups, measures or areas the question lists", [
  { value: "all", label: "Yes, all of them", credit: 1 },
  { value: "some", label: "Some of them, but not all", credit: 0.5 },
  { value: "none", label: "None of them, or there is nothing to cover", credit: 0 },
]);

/** Requirements imposed on organizations (providers, operators, public bodies, products). */
export const BINDING = ladder("binding", "requirement imposed on organizations", [
  {
    value: "binding",
    label: "Yes: binding requirements are in force (law, regulation or licence condition)",
    credit: 1,
  },
  {
    value: "voluntary",
    label:
      "Partly: only recommended or voluntary measures, binding requirements still in draft, or binding requirements that fall short of what the question asks",
    credit: 0.5,
  },
  { value: "none", label: "No: neither binding nor voluntary measures", credit: 0 },
]);

/** Whether something has been done within the period that the question states. */
export const RECENCY = ladder("recency", "an activity done within a stated period", [
  { value: "within-period", label: "Yes, within the period the question states", credit: 1 },
  { value: "earlier", label: "Yes, but only before that period", credit: 0.5 },
  { value: "never", label: "No, never", credit: 0 },
]);

/** How often a service is delivered. */
export const FREQUENCY = ladder("frequency", "how often a service is delivered", [
  { value: "regular", label: "Yes, regularly: at least once a month", credit: 1 },
  { value: "occasional", label: "Occasionally: less than once a month", credit: 0.5 },
  { value: "never", label: "No", credit: 0 },
]);

/** How many of those concerned take part (providers, operators, schools). */
export const REACH = ladder("reach", "share of those concerned that take part", [
  {
    value: "most",
    label: "Yes, most of those concerned (for example the providers serving most subscribers)",
    credit: 1,
  },
  { value: "some", label: "Some of them, but not most", credit: 0.5 },
  { value: "none", label: "None of them, or not known", credit: 0 },
]);

/** Whether an arrangement or designation is written down. */
export const FORMALITY = ladder("formality", "an arrangement, designation or partnership", [
  { value: "formal", label: "Yes, under a written agreement, procedure or official designation in force", credit: 1 },
  { value: "informal", label: "Only informally or case by case, without a written arrangement", credit: 0.5 },
  { value: "none", label: "No", credit: 0 },
]);

/** Membership of a community, or being a party to an agreement or treaty. */
export const PARTICIPATION = ladder("participation", "membership of a community or party to an agreement", [
  { value: "member", label: "Yes: a member of it, or a party to it, in force", credit: 1 },
  {
    value: "in-progress",
    label: "Not yet: an application, negotiation, signature or ratification is under way",
    credit: 0.5,
  },
  { value: "no", label: "No", credit: 0 },
]);

/** An awareness or training programme for a group. */
export const PROGRAMME = ladder("programme", "a programme for a group", [
  {
    value: "continuing",
    label: "Yes, a continuing programme (running for more than a year, or repeated each year)",
    credit: 1,
  },
  { value: "one-off", label: "One-off events or materials only", credit: 0.5 },
  { value: "none", label: "No", credit: 0 },
]);

/** A single fact with no degrees. */
export const YES_NO = ladder("yes-no", "a single fact with no degrees", [
  { value: "yes", label: "Yes", credit: 1 },
  { value: "no", label: "No", credit: 0 },
]);

/** A study or document that is completed or under way. */
export const STUDY = ladder("study", "a study or publication", [
  { value: "completed", label: "Yes, completed", credit: 1 },
  { value: "under-way", label: "Under way", credit: 0.5 },
  { value: "no", label: "No", credit: 0 },
]);

export const LADDERS: readonly Ladder[] = [
  STAGE,
  LAW_SCOPE,
  SCOPE,
  BINDING,
  RECENCY,
  FREQUENCY,
  REACH,
  FORMALITY,
  PARTICIPATION,
  PROGRAMME,
  YES_NO,
  STUDY,
];

/** A fresh copy of a ladder's options, for a question. */
export function optionsOf(l: Ladder): AnswerOption[] {
  return l.options.map((o) => ({ ...o }));
}
