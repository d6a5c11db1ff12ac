import type { Framework } from "../framework/types";

/**
 * The framework with only what the scoring engine reads: ids, weights,
 * evidence flags, option values and credits, tiers. Question texts, guidance,
 * descriptions and recommendations are emptied. The what-if panel scores in the
 * browser with it, so the page ships about a third of the questionnaire's size;
 * the words it shows come with the gap rows.
 */
export function scoringOnly(framework: Framework): Framework {
  return {
    id: framework.id,
    version: framework.version,
    title: framework.title,
    pillars: framework.pillars.map((p) => ({ id: p.id, name: p.name, description: "", weight: p.weight })),
    outcomes: framework.outcomes.map((o) => ({ id: o.id, name: o.name, description: "" })),
    tiers: framework.tiers.map((t) => ({ ...t })),
    groups: [],
    questions: framework.questions.map((q) => ({
      id: q.id,
      pillar: q.pillar,
      group: q.group,
      outcome: q.outcome,
      clauses: [],
      text: "",
      guidance: "",
      options: q.options.map((o) => ({ value: o.value, label: o.label, credit: o.credit })),
      weight: q.weight,
      evidenceRequired: q.evidenceRequired,
      recommendation: { action: "", clause: q.recommendation.clause },
    })),
  };
}
