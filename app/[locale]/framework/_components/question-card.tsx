import { useLocale, useTranslations } from "next-intl";
import { formatPoints, type Question } from "@/lib/framework";
import { localizedClauseCitation } from "@/lib/framework/i18n/citations";
import { formatCredit } from "@/lib/results/format";
import { Link } from "@/app/_i18n/navigation";

/** One question of the (already localized) framework, with its options' credits and the clauses it implements. */
export function QuestionCard({ question }: { question: Question }) {
  const t = useTranslations("reference.framework.card");
  const locale = useLocale();
  return (
    <article id={question.id} className="card drawn-when-near space-y-3 p-5" aria-labelledby={`${question.id}-text`}>
      <header className="flex flex-wrap items-center gap-2 text-xs">
        <span className="badge bg-brand-900 font-mono text-white">{question.id}</span>
        <span className="badge bg-brand-100 text-brand-800">{t("outcome", { id: question.outcome })}</span>
        <span className="badge bg-canvas text-ink">
          {t("weight", { weight: formatCredit(question.weight, locale) })}
        </span>
        {question.points !== undefined && (
          <span className="badge bg-brand-50 text-brand-800" data-testid="question-points">
            {t("points", { points: formatPoints(question.points, locale) })}
          </span>
        )}
        <span className={`badge ${question.evidenceRequired ? "bg-amber-100 text-warn" : "bg-canvas text-muted"}`}>
          {question.evidenceRequired ? t("evidenceRequired") : t("evidenceOptional")}
        </span>
      </header>
      <h4 id={`${question.id}-text`} className="font-semibold leading-snug">
        {question.text}
      </h4>
      <ul className="grid gap-1 text-sm sm:grid-cols-2" aria-label={t("options")}>
        {question.options.map((o) => (
          <li key={o.value} className="flex items-baseline justify-between gap-3 rounded bg-canvas px-3 py-1.5">
            <span>{o.label}</span>
            <span className="font-mono text-xs text-muted">
              {t("credit", { credit: formatCredit(o.credit, locale) })}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        <span className="font-semibold text-ink">{t("evidence")} </span>
        {question.guidance}
      </p>
      <p className="text-sm">
        <span className="font-semibold">{t("recommendedAction")} </span>
        {question.recommendation.action}
      </p>
      <p className="flex flex-wrap gap-2 text-xs">
        <span className="text-muted">{t("implements")}</span>
        {question.clauses.map((c) => (
          <Link
            key={c}
            href={`/framework?view=clauses#${c}`}
            className="font-mono"
            title={localizedClauseCitation(c, locale)}
          >
            {c}
          </Link>
        ))}
      </p>
    </article>
  );
}
