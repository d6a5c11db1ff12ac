import { trendChange, type TrendPoint } from "@/lib/analysis/trends";
import { formatScore } from "@/lib/scoring";

/** "Overall +4.12 points from 2024 to 2026": the direction in words and sign, not in colour alone. */
export function TrendChange({ points }: { points: TrendPoint[] }) {
  const change = trendChange(points, "overall");
  const withValue = points.filter((p) => p.values.overall !== null);
  if (change === null) return <p className="text-sm text-muted">Fewer than two cycles have a counted overall score.</p>;
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  const word = change > 0 ? "up" : change < 0 ? "down" : "unchanged";
  return (
    <p className="text-sm">
      Overall <strong className="tabular-nums">{`${sign}${formatScore(Math.abs(change))}`}</strong> points ({word}) from{" "}
      {withValue[0]!.cycle} to {withValue.at(-1)!.cycle}.
    </p>
  );
}
