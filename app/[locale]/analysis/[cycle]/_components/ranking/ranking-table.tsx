"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { Link } from "@/app/_i18n/navigation";
import {
  defaultDirection,
  rankingToJson,
  rankingView,
  type RankingColumn,
  type RankingFilter,
  type RankingSort,
} from "@/lib/analysis/ranking";
import { scoresToCsv } from "@/lib/analysis/scores-csv";
import { markDemoCsv } from "@/lib/demo/marker";
import { noScoreYet } from "@/lib/results/score-state";
import type { NamedScoreRow } from "@/lib/analysis/cycle-dataset";
import type { Dimension, ShownScoreRow } from "@/lib/analysis/types";
import { isSharedWithBdt } from "@/lib/assessment/sharing";
import { ASSESSMENT_STATUSES, type AssessmentStatus } from "@/lib/assessment/status";
import { formatScore } from "@/lib/scoring";
import { StatusBadge } from "@/app/_components/status-badge";
import { useNearViewport } from "@/app/_components/when-visible";
import { TierLabel, useTierText } from "@/app/[locale]/analysis/_components/tier-label";
import { downloadFile } from "./download-file";
import { FilterSelect } from "./filter-select";
import { SortHeader } from "./sort-header";
import { useCycleData } from "../data/cycle-data";

/** The exports are data files, the same as the API's: names in English, whatever the page's language. */
function forExport(rows: readonly NamedScoreRow[]): ShownScoreRow[] {
  return rows.map(({ englishName, ...row }) => ({ ...row, name: englishName }));
}

/**
 * Every Member State of the cycle with its scores: sort by any column, filter
 * by region, tier and status, search by name, and export exactly what is shown (scores to the two
 * decimals shown; the API's exports have full precision). The rows, tiers and regions are the page's
 * data set (`useCycleData`); `pillars` and `outcomes` carry their names in the reader's language.
 */
export function RankingTable({
  cycle,
  pillars,
  outcomes,
  demo,
}: {
  cycle: number;
  pillars: Dimension[];
  outcomes: Dimension[];
  /** The rows come from the demo data set: the exports say so. */
  demo: boolean;
}) {
  const { rows, tiers, regions } = useCycleData();
  const t = useTranslations("analysis.ranking");
  const statusLabel = useTranslations("common.status");
  const tCommon = useTranslations("common");
  const tierText = useTierText();
  const locale = useLocale();
  const [filter, setFilter] = useState<RankingFilter>({});
  const [sort, setSort] = useState<RankingSort>({ column: "overall", direction: "descending" });
  const view = useMemo(() => rankingView(rows, filter, sort, locale), [rows, filter, sort, locale]);
  // The 193 rows are drawn in the browser only: the page's data set carries them already, and drawn on the
  // server too they would travel twice (about 180 kB of HTML). They are drawn when the reader comes near the
  // table, so the page above it is ready to use sooner.
  const tableRef = useRef<HTMLTableElement>(null);
  const near = useNearViewport(tableRef);
  const regionNames = useMemo(() => new Map(regions.map((r) => [r.id, r.name])), [regions]);
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== "");
  const fileName = (ext: string) => `res45-scores-${cycle}${filtered ? "-selection" : ""}.${ext}`;
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? "—" : formatScore(value, locale);
  const pillarLabel = (p: Dimension) => (t.has(`pillarShort.${p.id}`) ? t(`pillarShort.${p.id}`) : p.name);

  const onSort = (column: RankingColumn) =>
    setSort((s) =>
      s.column === column
        ? { column, direction: s.direction === "ascending" ? "descending" : "ascending" }
        : { column, direction: defaultDirection(column) },
    );
  const set = (change: Partial<RankingFilter>) => setFilter((f) => ({ ...f, ...change }));
  const sortedBy =
    [
      ...pillars.map((p) => [`pillar:${p.id}`, t("sortedBy.pillar", { name: p.name })]),
      ...outcomes.map((o) => [`outcome:${o.id}`, t("sortedBy.outcome", { id: o.id })]),
    ].find(([column]) => column === sort.column)?.[1] ??
    (["name", "region", "status", "overall", "tier"].includes(sort.column)
      ? t(`sortedBy.${sort.column}`)
      : sort.column);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4 px-5">
        <div className="min-w-56 flex-1">
          <label htmlFor="ranking-search" className="field-label">
            {t("search")}
          </label>
          <input
            id="ranking-search"
            type="search"
            className="field-input"
            placeholder={t("searchPlaceholder")}
            value={filter.search ?? ""}
            onChange={(e) => set({ search: e.target.value || undefined })}
          />
        </div>
        <FilterSelect
          id="ranking-region"
          label={t("region")}
          allLabel={t("allRegions")}
          value={filter.region}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          onChange={(region) => set({ region })}
        />
        <FilterSelect
          id="ranking-tier"
          label={t("tier")}
          allLabel={t("allTiers")}
          value={filter.tier}
          options={tiers.map((tier) => ({ value: tier.level, label: tierText(tier) }))}
          onChange={(tier) => set({ tier: tier ? Number(tier) : undefined })}
        />
        <FilterSelect
          id="ranking-status"
          label={t("status")}
          allLabel={t("allStatuses")}
          value={filter.status}
          options={ASSESSMENT_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          onChange={(status) => set({ status: status as AssessmentStatus | undefined })}
        />
        {filtered && (
          <button type="button" className="btn-secondary" onClick={() => setFilter({})}>
            {t("clearFilters")}
          </button>
        )}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 px-5">
        <p className="text-sm text-muted" aria-live="polite" data-testid="ranking-count">
          {t("showing", { shown: view.length, total: rows.length })}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn-secondary"
            disabled={view.length === 0}
            onClick={() =>
              downloadFile(
                fileName("csv"),
                markDemoCsv(
                  scoresToCsv(
                    forExport(view),
                    pillars.map((p) => p.id),
                    outcomes.map((o) => o.id),
                  ),
                  demo,
                ),
                "text/csv;charset=utf-8",
              )
            }
          >
            {t("exportCsv")}
          </button>
          <button
            type="button"
            className="btn-secondary"
            disabled={view.length === 0}
            onClick={() => downloadFile(fileName("json"), rankingToJson(forExport(view), demo), "application/json")}
          >
            {t("exportJson")}
          </button>
          <a href={`/api/v1/cycles/${cycle}/answers.csv`} download className="btn-secondary">
            {t("allAnswers", { cycle: String(cycle) })}
          </a>
        </div>
      </div>

      <div className="max-h-[75vh] overflow-auto border-t border-line">
        <table ref={tableRef} className="data-table text-[13px] [&_td]:px-2 [&_th]:px-2">
          <caption className="sr-only">
            {t("caption", { cycle: String(cycle), column: sortedBy, direction: t(`direction.${sort.direction}`) })}
          </caption>
          <thead>
            <tr>
              <SortHeader column="name" label={t("columns.name")} sort={sort} onSort={onSort} />
              <SortHeader column="region" label={t("columns.region")} sort={sort} onSort={onSort} />
              <SortHeader column="status" label={t("columns.status")} sort={sort} onSort={onSort} />
              <SortHeader column="overall" label={t("columns.overall")} sort={sort} onSort={onSort} numeric />
              <SortHeader column="tier" label={t("columns.tier")} sort={sort} onSort={onSort} />
              {pillars.map((p) => (
                <SortHeader
                  key={p.id}
                  column={`pillar:${p.id}`}
                  label={pillarLabel(p)}
                  title={t("pillarTitle", { name: p.name })}
                  sort={sort}
                  onSort={onSort}
                  numeric
                />
              ))}
              {outcomes.map((o) => (
                <SortHeader
                  key={o.id}
                  column={`outcome:${o.id}`}
                  label={o.id}
                  title={t("outcomeTitle", { id: o.id, name: o.name })}
                  sort={sort}
                  onSort={onSort}
                  numeric
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {(near ? view : []).map((r) => (
              <tr key={r.iso3} data-iso3={r.iso3} className="hover:bg-brand-50/50">
                <th scope="row" className="border-b bg-transparent font-medium">
                  {isSharedWithBdt(r.status) ? (
                    <Link href={`/states/${r.iso3}/${cycle}`} prefetch={false}>
                      {r.name}
                    </Link>
                  ) : (
                    r.name
                  )}
                </th>
                <td className="whitespace-nowrap">{regionNames.get(r.region) ?? r.region}</td>
                <td className="whitespace-nowrap">
                  <StatusBadge status={r.status} />
                </td>
                <td className="text-end font-semibold tabular-nums">
                  {noScoreYet(r) ? (
                    <span className="text-xs font-normal whitespace-nowrap text-muted">{tCommon("noScoreYet")}</span>
                  ) : (
                    score(r.overall)
                  )}
                </td>
                <td>
                  <TierLabel tier={r.tier} compact />
                </td>
                {pillars.map((p) => (
                  <td key={p.id} className="text-end tabular-nums">
                    {score(r.pillars?.[p.id])}
                  </td>
                ))}
                {outcomes.map((o) => (
                  <td key={o.id} className="text-end tabular-nums">
                    {score(r.outcomes?.[o.id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {view.length === 0 && <p className="p-6 text-center text-muted">{t("empty")}</p>}
      </div>
    </div>
  );
}
