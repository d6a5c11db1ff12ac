"use client";

import type { RankingColumn, RankingSort } from "@/lib/analysis/ranking";

/** A column header whose button sorts the table; aria-sort tells assistive technology the current order. */
export function SortHeader({
  column,
  label,
  title,
  sort,
  onSort,
  numeric = false,
}: {
  column: RankingColumn;
  label: string;
  title?: string;
  sort: RankingSort;
  onSort: (column: RankingColumn) => void;
  numeric?: boolean;
}) {
  const active = sort.column === column;
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : "none"}
      className={`sticky top-0 z-10 whitespace-nowrap ${numeric ? "text-end" : ""}`}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        title={title}
        className={`inline-flex items-center gap-1 rounded font-semibold hover:text-brand-700 hover:underline ${
          active ? "text-brand-800" : "text-ink"
        }`}
      >
        {label}
        {/* Only the sorted column shows an arrow: thirteen arrows would crowd the headings. */}
        {active && (
          <span aria-hidden="true" className="text-xs">
            {sort.direction === "ascending" ? "▲" : "▼"}
          </span>
        )}
      </button>
    </th>
  );
}
