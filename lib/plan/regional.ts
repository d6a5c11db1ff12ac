/**
 * What BDT plans assistance from: per region, the clauses states are working on
 * (open actions) and how many actions are overdue.
 */
import { isOpen, isOverdue, type PlanAction } from "./actions";

export interface RegionalPlanSummary {
  region: string;
  /** States of the region whose plan BDT may read and that have at least one action. */
  states: number;
  openActions: number;
  overdueActions: number;
  /** Clauses with open actions, by the number of states working on them (most first, then clause id). */
  clauses: { clause: string; states: number; actions: number; overdue: number }[];
}

export function summarizeRegionalPlans(
  actions: readonly (Pick<PlanAction, "iso3" | "clause" | "status" | "targetDate"> & { region: string })[],
  today: string,
): RegionalPlanSummary[] {
  const regions = new Map<
    string,
    {
      states: Set<string>;
      open: number;
      overdue: number;
      clauses: Map<string, { states: Set<string>; actions: number; overdue: number }>;
    }
  >();
  for (const a of actions) {
    let r = regions.get(a.region);
    if (!r) regions.set(a.region, (r = { states: new Set(), open: 0, overdue: 0, clauses: new Map() }));
    r.states.add(a.iso3);
    if (!isOpen(a)) continue;
    const late = isOverdue(a, today);
    r.open++;
    if (late) r.overdue++;
    let c = r.clauses.get(a.clause);
    if (!c) r.clauses.set(a.clause, (c = { states: new Set(), actions: 0, overdue: 0 }));
    c.states.add(a.iso3);
    c.actions++;
    if (late) c.overdue++;
  }
  return [...regions.entries()]
    .map(([region, r]) => ({
      region,
      states: r.states.size,
      openActions: r.open,
      overdueActions: r.overdue,
      clauses: [...r.clauses.entries()]
        .map(([clause, c]) => ({ clause, states: c.states.size, actions: c.actions, overdue: c.overdue }))
        .sort((x, y) => y.states - x.states || y.actions - x.actions || x.clause.localeCompare(y.clause)),
    }))
    .sort((x, y) => x.region.localeCompare(y.region));
}

export interface StatePlanSummary {
  iso3: string;
  name: string;
  region: string;
  open: number;
  overdue: number;
  done: number;
}

/** One line per state with a plan: its open, overdue and done actions; most overdue first, then by name. */
export function summarizeStatePlans(
  actions: readonly (Pick<PlanAction, "iso3" | "status" | "targetDate"> & { name: string; region: string })[],
  today: string,
): StatePlanSummary[] {
  const states = new Map<string, StatePlanSummary>();
  for (const a of actions) {
    let s = states.get(a.iso3);
    if (!s) states.set(a.iso3, (s = { iso3: a.iso3, name: a.name, region: a.region, open: 0, overdue: 0, done: 0 }));
    if (isOpen(a)) s.open++;
    if (isOverdue(a, today)) s.overdue++;
    if (a.status === "done") s.done++;
  }
  return [...states.values()].sort((x, y) => y.overdue - x.overdue || x.name.localeCompare(y.name));
}
