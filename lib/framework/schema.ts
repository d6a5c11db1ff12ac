import { z } from "zod";
import { clauseById } from "./clauses";
import { questionPoints } from "./points";
import { OUTCOME_IDS, PILLAR_IDS } from "./types";
import type { Framework, OutcomeId, PillarId, Tier } from "./types";

/** Question ids: pillar prefix, group code, two-digit number, e.g. "TEC-CIRT-01". */
export const QUESTION_ID_PATTERN = /^[A-Z]{3}-[A-Z0-9]+-\d{2}$/;

/** Option values are stored with answers: lowercase kebab-case, e.g. "yes", "draft-complete". */
export const OPTION_VALUE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id prefix that each pillar's questions carry. */
export const PILLAR_PREFIX: Readonly<Record<PillarId, string>> = {
  legal: "LEG",
  technical: "TEC",
  organizational: "ORG",
  capacity: "CAP",
  cooperation: "COP",
};

// Membership of pillars, outcomes and tier levels is checked in the refinement below, so that the
// error message can name the offending question; the base shapes only check the JSON types.
const pillarIdSchema = z.custom<PillarId>((v) => typeof v === "string", "Expected a pillar id string");
const outcomeIdSchema = z.custom<OutcomeId>((v) => typeof v === "string", "Expected an outcome id string");
const tierLevelSchema = z.custom<Tier["level"]>((v) => typeof v === "number", "Expected a tier level number");
const text = z.string().trim().min(1);
// Any JS number, NaN and Infinity included: ranges are checked below with messages that name the item.
const num = z.custom<number>((v) => typeof v === "number", "Expected a number");

const pillarSchema = z.object({
  id: pillarIdSchema,
  name: text,
  description: text,
  weight: num,
});

const outcomeSchema = z.object({
  id: outcomeIdSchema,
  name: text,
  description: text,
});

const tierSchema = z.object({
  level: tierLevelSchema,
  name: text,
  minScore: num,
});

const optionSchema = z.object({
  value: z.string(),
  label: text,
  credit: num,
});

const groupSchema = z.object({
  id: text,
  pillar: pillarIdSchema,
  title: text,
  description: text,
});

const questionSchema = z.object({
  id: z.string(),
  pillar: pillarIdSchema,
  group: z.string(),
  outcome: outcomeIdSchema,
  clauses: z.array(z.string()),
  text,
  guidance: text,
  options: z.array(optionSchema),
  weight: num,
  points: num.optional(),
  ladder: z.string().optional(),
  evidenceRequired: z.boolean(),
  recommendation: z.object({ action: text, clause: z.string() }),
});

const isPositive = (n: number) => Number.isFinite(n) && n > 0;

/**
 * Validates a Framework: shapes and the cross-references between pillars, outcomes, tiers, groups,
 * questions and Resolution 45 clauses. Every issue carries a path and a message that names the
 * offending item, e.g. `Question "LEG-CYB-01": option "yes" has credit 1.5, outside [0, 1]`.
 */
export const frameworkSchema: z.ZodType<Framework> = z
  .object({
    id: text,
    version: text,
    title: text,
    pillars: z.array(pillarSchema).min(1),
    outcomes: z.array(outcomeSchema).min(1),
    tiers: z.array(tierSchema).min(1),
    groups: z.array(groupSchema).min(1),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((fw, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

    // Pillars
    const pillarIds = new Set<string>();
    fw.pillars.forEach((p, i) => {
      if (!(PILLAR_IDS as readonly string[]).includes(p.id))
        issue(["pillars", i, "id"], `Pillar "${p.id}" is not one of ${PILLAR_IDS.join(", ")}`);
      if (pillarIds.has(p.id)) issue(["pillars", i, "id"], `Pillar "${p.id}": duplicate pillar id`);
      pillarIds.add(p.id);
      if (!isPositive(p.weight))
        issue(["pillars", i, "weight"], `Pillar "${p.id}": weight ${p.weight} must be a positive number`);
    });

    // Outcomes
    const outcomeIds = new Set<string>();
    fw.outcomes.forEach((o, i) => {
      if (!(OUTCOME_IDS as readonly string[]).includes(o.id))
        issue(["outcomes", i, "id"], `Outcome "${o.id}" is not one of ${OUTCOME_IDS.join(", ")}`);
      if (outcomeIds.has(o.id)) issue(["outcomes", i, "id"], `Outcome "${o.id}": duplicate outcome id`);
      outcomeIds.add(o.id);
    });

    // Tiers: best first (level 1, 2, ...), strictly decreasing minScore, the last at 0.
    const levels = new Set<number>();
    fw.tiers.forEach((t, i) => {
      if (![1, 2, 3, 4, 5].includes(t.level))
        issue(["tiers", i, "level"], `Tier "${t.name}": level ${t.level} is not 1 to 5`);
      if (levels.has(t.level)) issue(["tiers", i, "level"], `Tier "${t.name}": duplicate level ${t.level}`);
      levels.add(t.level);
      if (!Number.isFinite(t.minScore) || t.minScore < 0 || t.minScore > 100)
        issue(["tiers", i, "minScore"], `Tier "${t.name}": minScore ${t.minScore} is outside [0, 100]`);
      const prev = i > 0 ? fw.tiers[i - 1] : undefined;
      if (prev && !(t.level > prev.level && t.minScore < prev.minScore))
        issue(
          ["tiers", i],
          `Tier "${t.name}": tiers must be sorted by level with strictly decreasing minScore (after "${prev.name}")`,
        );
    });
    if (!fw.tiers.some((t) => t.minScore === 0))
      issue(["tiers"], "Tiers: one tier must have minScore 0 so that every score has a tier");

    // Indicator groups
    const groupPillar = new Map<string, string>();
    fw.groups.forEach((g, i) => {
      if (groupPillar.has(g.id)) issue(["groups", i, "id"], `Group "${g.id}": duplicate group id`);
      groupPillar.set(g.id, g.pillar);
      if (!pillarIds.has(g.pillar)) issue(["groups", i, "pillar"], `Group "${g.id}": unknown pillar "${g.pillar}"`);
    });

    // Questions
    const questionIds = new Set<string>();
    const usedGroups = new Set<string>();
    fw.questions.forEach((q, i) => {
      const at = (...rest: (string | number)[]) => ["questions", i, ...rest];
      const name = `Question "${q.id}"`;

      if (!QUESTION_ID_PATTERN.test(q.id))
        issue(at("id"), `${name}: id does not match ${QUESTION_ID_PATTERN} (e.g. "TEC-CIRT-01")`);
      if (questionIds.has(q.id)) issue(at("id"), `${name}: duplicate question id`);
      questionIds.add(q.id);

      if (!pillarIds.has(q.pillar)) {
        issue(at("pillar"), `${name}: unknown pillar "${q.pillar}"`);
      } else if (PILLAR_PREFIX[q.pillar] && !q.id.startsWith(`${PILLAR_PREFIX[q.pillar]}-`)) {
        issue(at("id"), `${name}: id must start with "${PILLAR_PREFIX[q.pillar]}-" for pillar "${q.pillar}"`);
      }
      if (!outcomeIds.has(q.outcome)) issue(at("outcome"), `${name}: unknown outcome "${q.outcome}"`);

      const gp = groupPillar.get(q.group);
      if (gp === undefined) issue(at("group"), `${name}: unknown group "${q.group}"`);
      else if (gp !== q.pillar)
        issue(at("group"), `${name}: group "${q.group}" belongs to pillar "${gp}", not "${q.pillar}"`);
      usedGroups.add(q.group);

      if (q.clauses.length === 0) issue(at("clauses"), `${name}: must implement at least one clause`);
      const seenClauses = new Set<string>();
      q.clauses.forEach((c, j) => {
        if (!clauseById(c)) issue(at("clauses", j), `${name}: unknown clause "${c}"`);
        if (seenClauses.has(c)) issue(at("clauses", j), `${name}: clause "${c}" is listed twice`);
        seenClauses.add(c);
      });
      const rc = q.recommendation.clause;
      if (!clauseById(rc)) issue(at("recommendation", "clause"), `${name}: unknown recommendation clause "${rc}"`);
      else if (!seenClauses.has(rc))
        issue(
          at("recommendation", "clause"),
          `${name}: recommendation clause "${rc}" is not one of the question's clauses`,
        );

      if (!isPositive(q.weight)) issue(at("weight"), `${name}: weight ${q.weight} must be a positive number`);
      if (q.points !== undefined) {
        const derived = questionPoints(fw, q);
        if (!(Math.abs(q.points - derived) <= 1e-9))
          issue(at("points"), `${name}: points ${q.points} differ from ${derived}, derived from the weights`);
      }

      if (q.options.length < 2) issue(at("options"), `${name}: needs at least two options`);
      const values = new Set<string>();
      q.options.forEach((o, j) => {
        if (!OPTION_VALUE_PATTERN.test(o.value))
          issue(at("options", j, "value"), `${name}: option value "${o.value}" is not lowercase kebab-case`);
        if (values.has(o.value)) issue(at("options", j, "value"), `${name}: duplicate option value "${o.value}"`);
        values.add(o.value);
        if (!Number.isFinite(o.credit) || o.credit < 0 || o.credit > 1)
          issue(at("options", j, "credit"), `${name}: option "${o.value}" has credit ${o.credit}, outside [0, 1]`);
      });
      if (!q.options.some((o) => o.credit === 1))
        issue(at("options"), `${name}: at least one option must give full credit (1)`);
    });

    fw.groups.forEach((g, i) => {
      if (!usedGroups.has(g.id)) issue(["groups", i, "id"], `Group "${g.id}": has no questions`);
    });
  });
