"use client";

import type { LegendPayload } from "recharts";

function strokeDasharray(entry: LegendPayload): string | undefined {
  const payload = entry.payload as { strokeDasharray?: unknown } | undefined;
  return typeof payload?.strokeDasharray === "string" && payload.strokeDasharray ? payload.strokeDasharray : undefined;
}

/**
 * The charts' legend as HTML in the page's direction: Recharts' own legend
 * spaces its icons with physical margins and labels them in English
 * ("… legend icon"). A line series shows its dash pattern, as on the chart.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  if (!payload?.length) return null;
  return (
    <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 pt-1 text-xs">
      {payload.map((entry, i) => (
        <li
          key={`${entry.value ?? ""}-${i}`}
          className="inline-flex items-center gap-1.5"
          style={{ color: entry.color }}
        >
          <svg aria-hidden="true" width="18" height="10" viewBox="0 0 18 10" className="shrink-0">
            {entry.type === "line" ? (
              <line
                x1="0"
                y1="5"
                x2="18"
                y2="5"
                stroke={entry.color}
                strokeWidth="2.5"
                strokeDasharray={strokeDasharray(entry)}
              />
            ) : (
              <rect width="18" height="10" rx="1.5" fill={entry.color} />
            )}
          </svg>
          <span>{entry.value}</span>
        </li>
      ))}
    </ul>
  );
}
