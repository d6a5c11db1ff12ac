import { useTranslations } from "next-intl";
import { SERIES_KEYS, SERIES_STYLE, type SeriesLabels } from "./chart-series";

/** The charts' key: each series' line pattern in its colour, and its label. Its items follow the reading direction. */
export function SeriesLegend({ labels, shape }: { labels: SeriesLabels; shape: "line" | "bar" }) {
  const t = useTranslations("results.legend");
  return (
    <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1 text-xs text-ink" aria-label={t("label")}>
      {SERIES_KEYS.map((key) => {
        const label = labels[key];
        if (label === null) return null;
        const style = SERIES_STYLE[key];
        return (
          <li key={key} className="inline-flex items-center gap-1.5">
            <svg width="22" height="10" aria-hidden="true" className="shrink-0">
              {shape === "line" ? (
                <line
                  x1="1"
                  y1="5"
                  x2="21"
                  y2="5"
                  stroke={style.colour}
                  strokeWidth="2.5"
                  strokeDasharray={style.dash}
                />
              ) : (
                <rect x="4" y="0" width="14" height="10" rx="2" fill={style.colour} />
              )}
            </svg>
            {label}
          </li>
        );
      })}
    </ul>
  );
}
