/**
 * Writes lib/framework/i18n/en.json: every translatable string of the current framework and the clause list,
 * keyed by stable ids. The English file is generated from the TypeScript source (the source of truth); the
 * other languages are translated from it and a unit test checks that every key exists in every language.
 * Run: npx tsx scripts/extract-framework-strings.ts
 */
import { writeFileSync } from "node:fs";
import { CURRENT_FRAMEWORK, RES45_CLAUSES } from "../lib/framework";

const f = CURRENT_FRAMEWORK;
const strings = {
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
writeFileSync(new URL("../lib/framework/i18n/en.json", import.meta.url), JSON.stringify(strings, null, 2) + "\n");
