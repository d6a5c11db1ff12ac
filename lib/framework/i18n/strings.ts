/**
 * The translatable strings of a framework and of the clause list, keyed by
 * stable ids. `en.json` is this function's output for the current framework
 * (scripts/extract-framework-strings.ts writes it); the other languages are
 * translations of it, checked key by key by strings.test.ts.
 */
import { RES45_CLAUSES } from "../clauses";
import type { Framework } from "../types";

export interface FrameworkStrings {
  title: string;
  pillars: Record<string, { name: string; description: string }>;
  outcomes: Record<string, { name: string; description: string }>;
  tiers: Record<string, { name: string }>;
  groups: Record<string, { title: string; description: string }>;
  questions: Record<
    string,
    { text: string; guidance: string; options: Record<string, string>; recommendation: string }
  >;
  clauses: Record<string, { summary: string }>;
}

export function frameworkStrings(f: Framework): FrameworkStrings {
  return {
    title: f.title,
    pillars: Object.fromEntries(f.pillars.map((p) => [p.id, { name: p.name, description: p.description }])),
    outcomes: Object.fromEntries(f.outcomes.map((o) => [o.id, { name: o.name, description: o.description }])),
    tiers: Object.fromEntries(f.tiers.map((t) => [String(t.level), { name: t.name }])),
    groups: Object.fromEntries(f.groups.map((g) => [g.id, { title: g.title, description: g.description }])),
    questions: Object.fromEntries(
      f.questions.map((q) => [
        q.id,
        {
          text: q.text,
          guidance: q.guidance,
          options: Object.fromEntries(q.options.map((o) => [o.value, o.label])),
          recommendation: q.recommendation.action,
        },
      ]),
    ),
    clauses: Object.fromEntries(RES45_CLAUSES.map((c) => [c.id, { summary: c.summary }])),
  };
}
