"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { RegionSpread, StripPoint } from "@/lib/analysis/spread";
import { formatScore } from "@/lib/scoring";
import { regionColour } from "../palette";
import { useChartDirection } from "@/app/_components/charts/chart-direction";
import { AXIS_TICK, GRID_STROKE } from "./chart-tooltip";

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: StripPoint }[] }) {
  const t = useTranslations("analysis.charts");
  const locale = useLocale();
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-line bg-surface px-3 py-2 text-start text-sm shadow">
      <p className="font-semibold">{point.name}</p>
      <p className="text-muted">{t("overallScore", { score: formatScore(point.y, locale) })}</p>
    </div>
  );
}

/**
 * Every counted state's overall score as a dot above its region, with a bar at
 * the region's median: how far apart a region's states are, not only their mean.
 */
export function ScoreStripChart({
  spread,
  points,
  title,
}: {
  spread: RegionSpread[];
  points: StripPoint[];
  title: string;
}) {
  const direction = useChartDirection();
  const names = spread.map((r) => r.name);
  return (
    <ScatterChart
      responsive
      title={title}
      className={direction.className}
      style={{ width: "100%", height: 360 }}
      margin={direction.margin({ top: 8, right: 8, bottom: 0, left: 0 })}
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis
        type="number"
        dataKey="x"
        domain={[-0.5, names.length - 0.5]}
        ticks={names.map((_, i) => i)}
        tickFormatter={(i: number) => names[i] ?? ""}
        tick={AXIS_TICK}
        interval={0}
        tickLine={false}
        reversed={direction.rtl}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        tick={AXIS_TICK}
        width={36}
        orientation={direction.yAxisSide}
      />
      <ZAxis range={[42, 42]} />
      <Tooltip content={PointTooltip} cursor={false} {...direction.tooltip} />
      {spread.map((r) => (
        <Scatter
          key={r.region}
          name={r.name}
          data={points.filter((p) => p.region === r.region)}
          fill={regionColour(r.region)}
          fillOpacity={0.75}
          stroke="#ffffff"
          isAnimationActive={false}
        />
      ))}
      {spread.map((r, i) =>
        r.summary ? (
          <ReferenceLine
            key={`median-${r.region}`}
            segment={[
              { x: i - 0.36, y: r.summary.median },
              { x: i + 0.36, y: r.summary.median },
            ]}
            stroke="#14202b"
            strokeWidth={2.5}
            ifOverflow="visible"
          />
        ) : null,
      )}
    </ScatterChart>
  );
}
