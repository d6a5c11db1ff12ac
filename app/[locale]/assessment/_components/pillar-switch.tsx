import { useTranslations } from "next-intl";
import { pillarAnchor } from "@/lib/assessment/pillar-anchor";
import type { Framework } from "@/lib/framework/types";

/** The questionnaire's pillars as links, the one shown marked: the questionnaire shows one pillar at a time. */
export function PillarSwitch({ framework, shown }: { framework: Framework; shown: string }) {
  const t = useTranslations("assessment.questionnaire");
  return (
    <nav aria-label={t("pillarsLabel")}>
      <ol className="flex flex-wrap gap-2 text-sm">
        {framework.pillars.map((p, i) => (
          <li key={p.id}>
            <a
              href={`#${pillarAnchor(p.id)}`}
              aria-current={p.id === shown ? "step" : undefined}
              className={
                p.id === shown
                  ? "block rounded-full bg-brand-800 px-3 py-1.5 font-semibold text-white no-underline"
                  : "block rounded-full border border-line bg-surface px-3 py-1.5 text-ink no-underline hover:border-brand-600 hover:text-brand-700"
              }
            >
              <span className="me-1 text-xs opacity-75">{i + 1}</span>
              {p.name}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The links to the pillars before and after the one shown, at the end of its questions. */
export function PillarSteps({ framework, shown }: { framework: Framework; shown: string }) {
  const t = useTranslations("assessment.questionnaire");
  const index = framework.pillars.findIndex((p) => p.id === shown);
  const previous = framework.pillars[index - 1];
  const next = framework.pillars[index + 1];
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
      {previous ? (
        <a href={`#${pillarAnchor(previous.id)}`} className="btn-secondary">
          {/* Mirrored in right-to-left languages, where the previous pillar lies to the right. */}
          <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
            ←
          </span>
          {t("previousPillar", { pillar: previous.name })}
        </a>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        {t("pillarPosition", { n: index + 1, total: framework.pillars.length })}
      </span>
      {next ? (
        <a href={`#${pillarAnchor(next.id)}`} className="btn-primary">
          {t("nextPillar", { pillar: next.name })}
          <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">
            →
          </span>
        </a>
      ) : (
        <span />
      )}
    </div>
  );
}
