import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ActionEvent, PlanView } from "@/lib/plan/view";
import { type Framework } from "@/lib/framework";
import { localizedClauseCitation } from "@/lib/framework/i18n/citations";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { filterActions, isOpen, isOverdue, todayUtc } from "@/lib/plan/actions";
import { projectPlan } from "@/lib/plan/projection";
import { ACTION_STATUSES, PRIORITIES, type ActionStatus, type Priority } from "@/lib/plan/plan.validation";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { localizedRegionName, memberStateName } from "@/lib/reference";
import { Link } from "@/app/_i18n/navigation";
import { FilterChips } from "@/app/_components/filter-chips";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { StatusBadge } from "@/app/_components/status-badge";
import { ActionCard, type ActionCardData } from "./action-card";
import { formatDay } from "./format-day";
import { ProjectionCard } from "./projection-card";

export type PlanGrouping = "pillar" | "outcome";
export interface PlanFilters {
  status?: ActionStatus;
  priority?: Priority;
  group: PlanGrouping;
}

type Translate = Awaited<ReturnType<typeof getTranslations<"plan">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** One line of an action's history, composed from messages so that word order and quotes follow the language. */
function describeEvent(t: Translate, format: Format, e: ActionEvent): string {
  if (e.field === "created") {
    const status = (e.to as { status?: ActionStatus } | null)?.status;
    return t(`history.created.${status ?? "none"}`);
  }
  const show = (v: unknown) =>
    e.field === "status"
      ? t(`status.${v as ActionStatus}`)
      : e.field === "priority"
        ? t(`priority.${v as Priority}`)
        : t("history.quoted", {
            value: e.field === "target_date" && typeof v === "string" ? formatDay(format, v) : String(v),
          });
  return t("history.change", { field: t(`history.field.${e.field}`), from: show(e.from), to: show(e.to) });
}

function cardData(
  t: Translate,
  format: Format,
  locale: string,
  framework: Framework,
  action: PlanView["actions"][number],
  today: string,
): ActionCardData {
  return {
    ...action,
    questionText: framework.questions.find((q) => q.id === action.questionId)?.text ?? action.questionId,
    clauseCitation: localizedClauseCitation(action.clause, locale) ?? action.clause,
    overdue: isOverdue(action, today),
    history: action.history.map((e) => ({ text: describeEvent(t, format, e), by: e.by, at: e.at })),
  };
}

/** A state's action plan: the projection, the filters and the actions grouped by pillar or outcome. */
export async function PlanPage({
  plan,
  filters,
  basePath,
}: {
  plan: PlanView;
  filters: PlanFilters;
  basePath: string;
}) {
  const locale = await getLocale();
  const t = await getTranslations("plan");
  const format = await getFormatter();
  const scored = plan.base?.framework ?? CURRENT_FRAMEWORK;
  // Scoring reads ids and credits only; the localized copy is for what the reader sees.
  const framework = localizeFramework(scored, locale);
  const stateName = memberStateName(plan.state.iso3, locale);
  const today = todayUtc();
  const shown = filterActions(plan.actions, filters);
  const open = plan.actions.filter(isOpen);
  const overdue = plan.actions.filter((a) => isOverdue(a, today));
  const projection = projectPlan(scored, plan.base?.answers ?? [], plan.actions);
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
        <p className="eyebrow">{t("page.eyebrow")}</p>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-display font-bold">{stateName}</h1>
          <div className="flex flex-wrap gap-2 print:hidden">
            {/* The PDF prints this page in the reader's language. */}
            <a href={`/states/${plan.state.iso3}/plan.pdf?locale=${locale}`} className="btn-secondary" download>
              {t("page.downloadPdf")}
            </a>
            <a
              href={`/api/v1/plans/${plan.state.iso3}/actions.csv${exportQuery ? `?${exportQuery}` : ""}`}
              className="btn-secondary"
              download
            >
              {t("page.downloadCsv")}
            </a>
            {plan.base && (
              <Link href={`/states/${plan.state.iso3}/${plan.base.cycle}`} className="btn-primary">
                {t("page.resultsAndGaps")}
              </Link>
            )}
          </div>
        </div>
        <p className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-muted" data-testid="plan-counts">
          <span>{t("page.region", { region: localizedRegionName(plan.state.region, locale) })}</span>
          <span>
            {t("page.actionCounts", {
              total: plan.actions.length,
              open: open.length,
              done: plan.actions.filter((a) => a.status === "done").length,
            })}
          </span>
          {overdue.length > 0 && (
            <span className="font-semibold text-danger" data-testid="overdue-count">
              {t("overdueCount", { count: overdue.length })}
            </span>
          )}
          {plan.base && (
            <span className="inline-flex items-center gap-2">
              {t("page.basedOn", { cycle: String(plan.base.cycle) })} <StatusBadge status={plan.base.status} />
            </span>
          )}
        </p>
        <DemoDataNotice />
      </header>

      {plan.base ? (
        <ProjectionCard
          framework={framework}
          projection={projection}
          openActions={open.length}
          cycle={plan.base.cycle}
        />
      ) : (
        <p className="card text-muted">{t("page.noAssessment", { name: stateName })}</p>
      )}

      {plan.actions.length === 0 ? (
        <section className="card space-y-2" data-testid="plan-empty">
          <h2 className="text-xl font-semibold">{t("page.emptyHeading")}</h2>
          <p className="text-muted">
            {plan.canEdit ? t("page.emptyEditable", { button: t("addForm.submit") }) : t("page.emptyReadOnly")}
          </p>
          {plan.canEdit && plan.base && (
            <Link href={`/states/${plan.state.iso3}/${plan.base.cycle}`} className="btn-primary">
              {t("page.goToGaps")}
            </Link>
          )}
        </section>
      ) : (
        <section aria-labelledby="actions-heading" className="space-y-4">
          <h2 id="actions-heading" className="text-2xl font-bold text-brand-900 print:text-xl">
            {t("page.actionsHeading")}
          </h2>
          <div className="space-y-2 print:hidden">
            <FilterChips
              label={t("filters.status")}
              current={filters.status}
              options={[
                { value: undefined, label: t("filters.all") },
                ...ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
              hrefFor={(v) => href({ status: v as ActionStatus | undefined })}
            />
            <FilterChips
              label={t("filters.priority")}
              current={filters.priority}
              options={[
                { value: undefined, label: t("filters.all") },
                ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
              ]}
              hrefFor={(v) => href({ priority: v as Priority | undefined })}
            />
            <FilterChips
              label={t("filters.groupBy")}
              current={filters.group}
              options={[
                { value: "pillar", label: t("filters.pillar") },
                { value: "outcome", label: t("filters.outcome") },
              ]}
              hrefFor={(v) => href({ group: (v as PlanGrouping) ?? "pillar" })}
            />
          </div>
          {shown.length === 0 && <p className="text-muted">{t("page.noMatch")}</p>}
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
                      key={a.id}
                      action={cardData(t, format, locale, framework, a, today)}
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

      {/* Printed only: the PDF is a plan a minister can sign. */}
      <section className="hidden break-inside-avoid space-y-6 pt-6 text-sm print:block" aria-hidden="true">
        <p>{t("page.printNote", { date: formatDay(format, today) })}</p>
        <div className="grid grid-cols-2 gap-10">
          <p className="border-t border-ink pt-1">{t("page.approvedBy")}</p>
          <p className="border-t border-ink pt-1">{t("page.signature")}</p>
        </div>
      </section>
    </div>
  );
}

function pillarOf(framework: Framework, questionId: string) {
  return framework.questions.find((q) => q.id === questionId)?.pillar;
}
