import { useLocale, useTranslations } from "next-intl";
import { creditColour } from "@/lib/analysis/heatmap";
import { creditText } from "./credit-text";

/** Hatching for a question a state left unanswered: "no answer" must not look like "no credit". */
export const NO_ANSWER_BACKGROUND = "repeating-linear-gradient(45deg, #eceff3 0 3px, #c3ccd5 3px 4px)";

const STEPS = [0, 0.25, 0.5, 0.75, 1] as const;

export function HeatmapLegend() {
  const t = useTranslations("analysis.heatmap.legend");
  const locale = useLocale();
  const label = (step: number) => {
    const credit = creditText(step, locale);
    return step === 0 ? t("none", { credit }) : step === 1 ? t("full", { credit }) : credit;
  };
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-xs text-ink">
      <span className="font-semibold text-muted">{t("creditEarned")}</span>
      <ul aria-label={t("label")} className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {STEPS.map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="h-4 w-5 rounded-sm border border-line"
              style={{ background: creditColour(s) }}
            />
            {label(s)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="h-4 w-5 rounded-sm border border-line"
            style={{ background: NO_ANSWER_BACKGROUND }}
          />
          {t("noAnswer")}
        </li>
      </ul>
    </div>
  );
}
