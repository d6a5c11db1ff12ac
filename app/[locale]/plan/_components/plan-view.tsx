import Link from "next/link";
import type { ActionEvent, PlanView } from "@/db/queries/plans";
import { clauseCitation, type Framework } from "@/lib/framework";
import { filterActions, isOpen, isOverdue, todayUtc } from "@/lib/plan/actions";
import { projectPlan } from "@/lib/plan/projection";
import {
  ACTION_STATUSES,
  PRIORITIES,
  PRIORITY_LABEL,
  STATUS_LABEL,
  type ActionStatus,
  type Priority,
} from "@/lib/plan/plan.validation";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { FilterChips } from "@/app/_components/filter-chips";
import { StatusBadge } from "@/app/_components/status-badge";
import { ActionCard, type ActionCardData } from "./action-card";
import { ProjectionCard } from "./projection-card";

export type PlanGrouping = "pillar" | "outcome";
export interface PlanFilters {
  status?: ActionStatus;
  priority?: Priority;
  group: PlanGrouping;
}

const FIELD_LABEL: Record<ActionEvent["field"], string> = {
  created: "Created",
  title: "Title",
  owner: "Owner",
  target_date: "Target date",
  priority: "Priority",
  status: "Status",
};

function describeEvent(e: ActionEvent): string {
  if (e.field === "created") {
    const status = (e.to as { status?: ActionStatus } | null)?.status;
    return `Created${status ? `, ${STATUS_LABEL[status].toLowerCase()}` : ""}`;
  }
  const show = (v: unknown) =>
    e.field === "status"
      ? STATUS_LABEL[v as ActionStatus]
      : e.field === "priority"
        ? PRIORITY_LABEL[v as Priority]
        : `“${String(v)}”`;
  return `${FIELD_LABEL[e.field]}: ${show(e.from)} → ${show(e.to)}`;
}

function cardData(framework: Framework, action: PlanView["actions"][number], today: string): ActionCardData {
  return {
    ...action,
    questionText: framework.questions.find((q) => q.id === action.questionId)?.text ?? action.questionId,
    clauseCitation: clauseCitation(action.clause) ?? action.clause,
    overdue: isOverdue(action, today),
    history: action.history.map((e) => ({ text: describeEvent(e), by: e.by, at: e.at })),
  };
}

/** A state's action plan: the projection, the filters and the actions grouped by pillar or outcome. */
export function PlanPage({ plan, filters, basePath }: { plan: PlanView; filters: PlanFilters; basePath: string }) {
  const framework = plan.base?.framework ?? CURRENT_FRAMEWORK;
  const today = todayUtc();
  const shown = filterActions(plan.actions, filters);
  const open = plan.actions.filter(isOpen);
  const overdue = plan.actions.filter((a) => isOverdue(a, today));
  const projection = projectPlan(framework, plan.base?.answers ?? [], plan.actions);
  const groups =
    filters.group === "pillar"
      ? framework.pillars.map((p) => ({
          id: p.id,
          name: p.name,
          match: (q: string) => pillarOf(framework, q) === p.id,
        }))
      : framework.outcomes.map((o) => ({
          id: o.id,
          name: `${o.id} ${o.name}`,
          match: (q: string) => framework.questions.find((x) => x.id === q)?.outcome === o.id,
        }));
  const href = (change: Partial<PlanFilters>) => {
    const next = { ...filters, ...change };
    const params = new URLSearchParams();
    if (next.status) params.set("status", next.status);
    if (next.priority) params.set("priority", next.priority);
    if (next.group !== "pillar") params.set("group", next.group);
    const query = params.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const exportQuery = new URLSearchParams(
    Object.entries({ status: filters.status, priority: filters.priority }).filter(([, v]) => v) as [string, string][],
  ).toString();

  return (
    <div className="space-y-8 print:space-y-4" data-testid="plan">
      <header className="space-y-3">
        <p className="eyebrow">Action plan · WTDC Resolution 45</p>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-display font-bold">{plan.state.name}</h1>
          <div className="flex flex-wrap gap-2 print:hidden">
            <a href={`/states/${plan.state.iso3}/plan.pdf`} className="btn-secondary" download>
              Download PDF
            </a>
            <a
              href={`/api/v1/plans/${plan.state.iso3}/actions.csv${exportQuery ? `?${exportQuery}` : ""}`}
              className="btn-secondary"
              download
            >
              Download CSV
            </a>
            {plan.base && (
              <Link href={`/states/${plan.state.iso3}/${plan.base.cycle}`} className="btn-primary">
                Results and gaps
              </Link>
            )}
          </div>
        </div>
        <p className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-muted" data-testid="plan-counts">
          <span>{plan.state.regionName} region</span>
          <span>
            {plan.actions.length} action{plan.actions.length === 1 ? "" : "s"}: {open.length} open,{" "}
            {plan.actions.filter((a) => a.status === "done").length} done
          </span>
          {overdue.length > 0 && (
            <span className="font-semibold text-danger" data-testid="overdue-count">
              {overdue.length} overdue
            </span>
          )}
          {plan.base && (
            <span className="inline-flex items-center gap-2">
              Based on the {plan.base.cycle} assessment <StatusBadge status={plan.base.status} />
            </span>
          )}
        </p>
      </header>

      {plan.base ? (
        <ProjectionCard
          framework={framework}
          projection={projection}
          openActions={open.length}
          cycle={plan.base.cycle}
        />
      ) : (
        <p className="card text-muted">
          {plan.state.name} has no assessment yet: the plan&apos;s projected score appears once answers are saved.
        </p>
      )}

      {plan.actions.length === 0 ? (
        <section className="card space-y-2" data-testid="plan-empty">
          <h2 className="text-xl font-semibold">No action yet</h2>
          <p className="text-muted">
            {plan.canEdit
              ? "Turn gaps into actions from the results page: each gap has “Add to the action plan”, and the what-if view adds the ticked gaps in one step."
              : "The state's focal points have not planned any action yet."}
          </p>
          {plan.canEdit && plan.base && (
            <Link href={`/states/${plan.state.iso3}/${plan.base.cycle}`} className="btn-primary">
              Go to the gaps
            </Link>
          )}
        </section>
      ) : (
        <section aria-labelledby="actions-heading" className="space-y-4">
          <h2 id="actions-heading" className="text-2xl font-bold text-brand-900 print:text-xl">
            Actions
          </h2>
          <div className="space-y-2 print:hidden">
            <FilterChips
              label="Status"
              current={filters.status}
              options={[
                { value: undefined, label: "All" },
                ...ACTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] })),
              ]}
              hrefFor={(v) => href({ status: v as ActionStatus | undefined })}
            />
            <FilterChips
              label="Priority"
              current={filters.priority}
              options={[
                { value: undefined, label: "All" },
                ...PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABEL[p] })),
              ]}
              hrefFor={(v) => href({ priority: v as Priority | undefined })}
            />
            <FilterChips
              label="Group by"
              current={filters.group}
              options={[
                { value: "pillar", label: "Pillar" },
                { value: "outcome", label: "D.3 outcome" },
              ]}
              hrefFor={(v) => href({ group: (v as PlanGrouping) ?? "pillar" })}
            />
          </div>
          {shown.length === 0 && <p className="text-muted">No action matches these filters.</p>}
          {groups.map((g) => {
            const inGroup = shown.filter((a) => g.match(a.questionId));
            if (inGroup.length === 0) return null;
            return (
              <section key={g.id} aria-labelledby={`group-${g.id}`} className="space-y-2" data-group={g.id}>
                <h3 id={`group-${g.id}`} className="text-lg font-semibold">
                  {g.name} <span className="text-sm font-normal text-muted">({inGroup.length})</span>
                </h3>
                <ol className="space-y-3">
                  {inGroup.map((a) => (
                    <ActionCard
                      key={`${a.id}-${a.version}`}
                      action={cardData(framework, a, today)}
                      iso3={plan.state.iso3}
                      canEdit={plan.canEdit}
                      currentCycle={plan.currentCycle}
                    />
                  ))}
                </ol>
              </section>
            );
          })}
        </section>
      )}

      <section className="hidden break-inside-avoid space-y-6 pt-6 text-sm print:block" aria-hidden="true">
        <p>
          Prepared with Res45 Readiness on {today}. The projected score is computed by the published scoring rule,
          assuming every open action reaches the best answer with evidence.
        </p>
        <div className="grid grid-cols-2 gap-10">
          <p className="border-t border-ink pt-1">Approved by (name and title)</p>
          <p className="border-t border-ink pt-1">Signature and date</p>
        </div>
      </section>
    </div>
  );
}

function pillarOf(framework: Framework, questionId: string) {
  return framework.questions.find((q) => q.id === questionId)?.pillar;
}
