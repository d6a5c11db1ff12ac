import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";
import { creditColour, type HeatmapMatrix } from "@/lib/analysis/heatmap";
import { creditText } from "./credit-text";
import { NO_ANSWER_BACKGROUND } from "./heatmap-legend";

/**
 * The heat map is itself a table: a row per question (grouped by pillar), a
 * column per state. Each cell's colour shows the credit; its number is in the
 * cell for screen readers and in its tooltip for the mouse. The matrix's
 * names (states, pillars, questions) are in the reader's language.
 */
export function HeatmapTable({
  matrix,
  cycle,
  regionName,
}: {
  matrix: HeatmapMatrix;
  cycle: number;
  regionName: string;
}) {
  const t = useTranslations("analysis.heatmap.table");
  const locale = useLocale();
  const columns = matrix.states.length + 2;
  return (
    <div className="max-h-[80vh] overflow-auto border-t border-line">
      {/* Cell styles are set once on the table: there are thousands of cells. */}
      <table className="border-separate border-spacing-0 text-xs [&_td.cell]:h-7 [&_td.cell]:w-7 [&_td.cell]:min-w-7 [&_td.cell]:border [&_td.cell]:border-white [&_td.cell]:p-0">
        <caption className="sr-only">
          {t("caption", {
            name: regionName,
            cycle: String(cycle),
            none: creditText(0, locale),
            full: creditText(1, locale),
          })}
        </caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky start-0 top-0 z-30 min-w-72 border-b-2 border-line bg-canvas px-3 py-2 text-start align-bottom font-semibold"
            >
              {t("question")}
            </th>
            {matrix.states.map((s) => (
              <th
                key={s.iso3}
                scope="col"
                className="sticky top-0 z-20 w-7 border-b-2 border-line bg-canvas px-0 pb-2 align-bottom font-medium"
              >
                <Link
                  href={`/states/${s.iso3}/${cycle}`}
                  prefetch={false}
                  title={s.name}
                  className="mx-auto block max-h-36 overflow-hidden text-ellipsis whitespace-nowrap text-ink no-underline [writing-mode:vertical-rl] rotate-180 hover:text-brand-700 hover:underline"
                >
                  {s.name}
                </Link>
              </th>
            ))}
            <th
              scope="col"
              className="sticky top-0 z-20 border-b-2 border-line bg-canvas px-3 pb-2 text-end align-bottom font-semibold"
            >
              {t("mean")}
            </th>
          </tr>
        </thead>
        {matrix.pillars.map((p) => (
          <tbody key={p.id}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={columns}
                className="border-b border-line bg-brand-50 px-0 py-1.5 text-start text-sm font-semibold text-brand-800"
              >
                <span className="sticky start-0 px-3">{t("pillar", { name: p.name })}</span>
              </th>
            </tr>
            {p.rows.map((r) => (
              <tr key={r.questionId}>
                <th
                  scope="row"
                  title={r.text}
                  className="sticky start-0 z-10 max-w-md border-b border-line bg-surface px-3 py-1 text-start font-normal"
                >
                  <span className="block truncate">
                    <span className="font-mono font-semibold">{r.questionId}</span>{" "}
                    <span className="text-muted">{r.text}</span>
                  </span>
                </th>
                {r.credits.map((c, i) => {
                  const state = matrix.states[i]!;
                  const text = c === null ? t("noAnswer") : creditText(c, locale);
                  return (
                    <td
                      key={state.iso3}
                      title={
                        c === null
                          ? t("cellNoAnswer", { state: state.name, question: r.questionId })
                          : t("cellCredit", { state: state.name, question: r.questionId, credit: text })
                      }
                      className="cell"
                      style={{ background: c === null ? NO_ANSWER_BACKGROUND : creditColour(c) }}
                    >
                      <span className="sr-only">{text}</span>
                    </td>
                  );
                })}
                <td className="border-b border-line px-3 text-end font-semibold tabular-nums">
                  {r.mean === null ? "—" : creditText(r.mean, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
