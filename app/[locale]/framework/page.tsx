import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { z } from "zod";
import { CURRENT_FRAMEWORK, OUTCOME_IDS, PILLAR_IDS, RES45_CLAUSES } from "@/lib/framework";
import { localizedClauseCitation } from "@/lib/framework/i18n/citations";
import { clauseSummary, localizeFramework } from "@/lib/framework/i18n/localize";
import { FilterChips } from "@/app/_components/filter-chips";
import { Link } from "@/app/_i18n/navigation";
import { QuestionCard } from "./_components/question-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reference.framework");
  return { title: t("metadataTitle") };
}

const querySchema = z.object({
  pillar: z.enum(PILLAR_IDS).optional().catch(undefined),
  outcome: z.enum(OUTCOME_IDS).optional().catch(undefined),
  view: z.enum(["pillars", "clauses"]).optional().catch(undefined),
});

export default async function FrameworkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const query = querySchema.parse(await searchParams);
  const locale = await getLocale();
  const t = await getTranslations("reference.framework");
  const framework = localizeFramework(CURRENT_FRAMEWORK, locale);
  const view = query.view ?? "pillars";
  const questions = framework.questions.filter(
    (q) => (!query.pillar || q.pillar === query.pillar) && (!query.outcome || q.outcome === query.outcome),
  );
  const href = (change: Partial<typeof query>) => {
    const next = { ...query, ...change };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) params.set(k, v);
    const qs = params.toString();
    return qs ? `/framework?${qs}` : "/framework";
  };

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="eyebrow">{t("eyebrow", { version: framework.version })}</p>
        <h1 className="text-display font-bold">{framework.title}</h1>
        <p className="max-w-3xl text-muted">
          {t("lead", { questions: framework.questions.length, groups: framework.groups.length })}
        </p>
        <p className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <Link href="/methodology" className="font-semibold">
            {t("howScoresAreComputed")}{" "}
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
              →
            </span>
          </Link>
          <span>
            {t.rich("machineReadable", {
              id: framework.id,
              // eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON endpoint, not a page
              api: (chunks: ReactNode) => <a href="/api/v1/framework">{chunks}</a>,
              code: (chunks: ReactNode) => <code className="font-mono">{chunks}</code>,
            })}
          </span>
        </p>
      </header>

      <div className="card space-y-3 p-4">
        <FilterChips
          label={t("filters.view")}
          current={view}
          options={[
            { value: "pillars", label: t("filters.byPillar") },
            { value: "clauses", label: t("filters.byClause") },
          ]}
          hrefFor={(v) => href({ view: v as "pillars" | "clauses" })}
        />
        <FilterChips
          label={t("filters.pillar")}
          current={query.pillar}
          options={[
            { value: undefined, label: t("filters.all") },
            ...framework.pillars.map((p) => ({ value: p.id, label: p.name })),
          ]}
          hrefFor={(v) => href({ pillar: v as (typeof PILLAR_IDS)[number] | undefined })}
        />
        <FilterChips
          label={t("filters.outcome")}
          current={query.outcome}
          options={[
            { value: undefined, label: t("filters.all") },
            ...framework.outcomes.map((o) => ({
              value: o.id,
              label: t("filters.outcomeOption", { id: o.id, name: o.name }),
            })),
          ]}
          hrefFor={(v) => href({ outcome: v as (typeof OUTCOME_IDS)[number] | undefined })}
        />
        <p className="text-sm text-muted" role="status">
          {t("filters.showing", { shown: questions.length, total: framework.questions.length })}
        </p>
      </div>

      {view === "pillars" ? (
        framework.pillars
          .filter((p) => questions.some((q) => q.pillar === p.id))
          .map((pillar) => (
            <section key={pillar.id} aria-labelledby={`pillar-${pillar.id}`} className="space-y-5">
              <div>
                <h2 id={`pillar-${pillar.id}`} className="text-2xl font-bold text-brand-900">
                  {pillar.name}
                </h2>
                <p className="text-muted">{pillar.description}</p>
              </div>
              {framework.groups
                .filter((g) => g.pillar === pillar.id && questions.some((q) => q.group === g.id))
                .map((group) => (
                  <section key={group.id} aria-labelledby={`group-${group.id}`} className="space-y-3">
                    <h3 id={`group-${group.id}`} className="text-lg font-semibold">
                      {group.title}
                    </h3>
                    <p className="text-sm text-muted">{group.description}</p>
                    <div className="grid gap-4">
                      {questions
                        .filter((q) => q.group === group.id)
                        .map((q) => (
                          <QuestionCard key={q.id} question={q} />
                        ))}
                    </div>
                  </section>
                ))}
            </section>
          ))
      ) : (
        <section aria-labelledby="by-clause" className="space-y-4">
          <h2 id="by-clause" className="text-2xl font-bold text-brand-900">
            {t("byClause.heading")}
          </h2>
          <ul className="space-y-4">
            {RES45_CLAUSES.map((clause) => {
              const implementing = questions.filter((q) => q.clauses.includes(clause.id));
              return (
                <li key={clause.id} id={clause.id} className="card space-y-2 p-5">
                  <h3 className="font-semibold">
                    <span className="font-mono text-brand-700">{clause.id}</span> ·{" "}
                    {localizedClauseCitation(clause.id, locale)}
                  </h3>
                  <p className="text-sm text-muted">{clauseSummary(clause.id, locale)}</p>
                  {!clause.ms ? (
                    <p className="text-sm italic text-muted">{t("byClause.addressedToItu")}</p>
                  ) : implementing.length === 0 ? (
                    <p className="text-sm italic text-muted">{t("byClause.noMatch")}</p>
                  ) : (
                    <ul className="flex flex-wrap gap-2" aria-label={t("byClause.implementing", { clause: clause.id })}>
                      {implementing.map((q) => (
                        <li key={q.id}>
                          <Link
                            href={`/framework#${q.id}`}
                            className="badge bg-brand-50 font-mono text-brand-800"
                            title={q.text}
                          >
                            {q.id}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
