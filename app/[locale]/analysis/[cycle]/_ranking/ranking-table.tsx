"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import {
  defaultDirection,
  rankingToJson,
  rankingView,
  type RankingColumn,
  type RankingFilter,
  type RankingSort,
} from "@/lib/analysis/ranking";
import { scoresToCsv } from "@/lib/analysis/scores-csv";
import type { CycleScoreRow, Dimension } from "@/lib/analysis/types";
import { ASSESSMENT_STATUSES, STATUS_LABELS, type AssessmentStatus } from "@/lib/assessment/status";
import { regionName } from "@/lib/reference/regions";
import { formatScore } from "@/lib/scoring";
import { StatusBadge } from "@/app/_components/status-badge";
import { TierLabel } from "../../_components/tier-label";
import { downloadFile } from "./download-file";
import { SortHeader } from "./sort-header";

/** Column headings short enough for thirteen columns; the full pillar name is the button's tooltip. */
const SHORT_PILLAR_LABELS: Record<string, string> = { capacity: "Capacity" };

/** Statuses whose answers BDT may open: the state's name links to its results. */
const SHARED: readonly AssessmentStatus[] = ["submitted", "returned", "validated"];

function score(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : formatScore(value);
}

/**
 * Every Member State of the cycle with its scores: sort by any column, filter
 * by region, tier and status, search by name, and export exactly what is shown.
 */
export function RankingTable({
  rows,
  cycle,
  pillars,
  outcomes,
  tiers,
  regions,
}: {
  rows: CycleScoreRow[];
  cycle: number;
  pillars: Dimension[];
  outcomes: Dimension[];
  tiers: { level: number; name: string }[];
  regions: Dimension[];
}) {
  const [filter, setFilter] = useState<RankingFilter>({});
  const [sort, setSort] = useState<RankingSort>({ column: "overall", direction: "descending" });
  const view = useMemo(() => rankingView(rows, filter, sort), [rows, filter, sort]);
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== "");
  const fileName = (ext: string) => `res45-scores-${cycle}${filtered ? "-selection" : ""}.${ext}`;

  const onSort = (column: RankingColumn) =>
    setSort((s) =>
      s.column === column
        ? { column, direction: s.direction === "ascending" ? "descending" : "ascending" }
        : { column, direction: defaultDirection(column) },
    );
  const set = (change: Partial<RankingFilter>) => setFilter((f) => ({ ...f, ...change }));
  const sortedBy =
    [
      ...pillars.map((p) => [`pillar:${p.id}`, `the ${p.name} pillar`]),
      ...outcomes.map((o) => [`outcome:${o.id}`, o.id]),
    ].find(([column]) => column === sort.column)?.[1] ??
    { name: "name", region: "region", status: "status", overall: "overall score", tier: "tier" }[
      sort.column as string
    ] ??
    sort.column;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4 px-5">
        <div className="min-w-56 flex-1">
          <label htmlFor="ranking-search" className="field-label">
            Search by name
          </label>
          <input
            id="ranking-search"
            type="search"
            className="field-input"
            placeholder="e.g. Kenya or KEN"
            value={filter.search ?? ""}
            onChange={(e) => set({ search: e.target.value || undefined })}
          />
        </div>
        <div>
          <label htmlFor="ranking-region" className="field-label">
            Region
          </label>
          <select
            id="ranking-region"
            className="field-input"
            value={filter.region ?? ""}
            onChange={(e) => set({ region: e.target.value || undefined })}
          >
            <option value="">All regions</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ranking-tier" className="field-label">
            Tier
          </label>
          <select
            id="ranking-tier"
            className="field-input"
            value={filter.tier ?? ""}
            onChange={(e) => set({ tier: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">All tiers</option>
            {tiers.map((t) => (
              <option key={t.level} value={t.level}>
                Tier {t.level} · {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ranking-status" className="field-label">
            Status
          </label>
          <select
            id="ranking-status"
            className="field-input"
            value={filter.status ?? ""}
            onChange={(e) => set({ status: (e.target.value || undefined) as AssessmentStatus | undefined })}
          >
            <option value="">All statuses</option>
            {ASSESSMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" className="btn-secondary" onClick={() => setFilter({})}>
            Clear filters
          </button>
        )}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 px-5">
        <p className="text-sm text-muted" aria-live="polite" data-testid="ranking-count">
          Showing {view.length} of {rows.length} Member States
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn-secondary"
            disabled={view.length === 0}
            onClick={() =>
              downloadFile(
                fileName("csv"),
                scoresToCsv(
                  view,
                  pillars.map((p) => p.id),
                  outcomes.map((o) => o.id),
                ),
                "text/csv;charset=utf-8",
              )
            }
          >
            Export CSV
          </button>
          <button
            type="button"
            className="btn-secondary"
            disabled={view.length === 0}
            onClick={() => downloadFile(fileName("json"), rankingToJson(view), "application/json")}
          >
            Export JSON
          </button>
          <a href={`/api/v1/cycles/${cycle}/answers.csv`} download className="btn-secondary">
            All answers of {cycle} (CSV)
          </a>
        </div>
      </div>

      <div className="max-h-[75vh] overflow-auto border-t border-line">
        <table className="data-table text-[13px] [&_td]:px-2 [&_th]:px-2">
          <caption className="sr-only">
            Member States of the {cycle} cycle with their overall, pillar and outcome scores and tier, sorted by{" "}
            {sortedBy} ({sort.direction})
          </caption>
          <thead>
            <tr>
              <SortHeader column="name" label="Member State" sort={sort} onSort={onSort} />
              <SortHeader column="region" label="Region" sort={sort} onSort={onSort} />
              <SortHeader column="status" label="Status" sort={sort} onSort={onSort} />
              <SortHeader column="overall" label="Overall" sort={sort} onSort={onSort} numeric />
              <SortHeader column="tier" label="Tier" sort={sort} onSort={onSort} />
              {pillars.map((p) => (
                <SortHeader
                  key={p.id}
                  column={`pillar:${p.id}`}
                  label={SHORT_PILLAR_LABELS[p.id] ?? p.name}
                  title={`${p.name} pillar`}
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
                  title={`Outcome ${o.id}: ${o.name}`}
                  sort={sort}
                  onSort={onSort}
                  numeric
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {view.map((r) => (
              <tr key={r.iso3} data-iso3={r.iso3} className="hover:bg-brand-50/50">
                <th scope="row" className="border-b bg-transparent font-medium">
                  {SHARED.includes(r.status) ? (
                    <Link href={`/states/${r.iso3}/${cycle}`} prefetch={false}>
                      {r.name}
                    </Link>
                  ) : (
                    r.name
                  )}
                </th>
                <td className="whitespace-nowrap">{regionName(r.region)}</td>
                <td className="whitespace-nowrap">
                  <StatusBadge status={r.status} />
                </td>
                <td className="text-end font-semibold tabular-nums">{score(r.overall)}</td>
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
        {view.length === 0 && <p className="p-6 text-center text-muted">No Member State matches these filters.</p>}
      </div>
    </div>
  );
}
