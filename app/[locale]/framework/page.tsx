import type { Metadata } from "next";
import { z } from "zod";
import { CURRENT_FRAMEWORK, OUTCOME_IDS, PILLAR_IDS, RES45_CLAUSES, clauseCitation } from "@/lib/framework";
import { FilterChips } from "@/app/_components/filter-chips";
import { QuestionCard } from "./question-card";

export const metadata: Metadata = { title: "Questionnaire framework" };

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
  const framework = CURRENT_FRAMEWORK;
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
        <p className="eyebrow">Questionnaire · version {framework.version}</p>
        <h1 className="text-display font-bold">{framework.title}</h1>
        <p className="max-w-3xl text-muted">
          {framework.questions.length} questions in {framework.groups.length} indicator groups across the five pillars
          of the Global Cybersecurity Index. Each question serves one ITU-D outcome and implements one or more clauses
          of Resolution 45. A question&apos;s credit is its answer&apos;s credit, halved where required evidence is
          missing; pillar and outcome scores are weighted averages of credits, and the overall score places a state in
          one of the five tiers of the GCI 2024.
        </p>
        <p className="text-sm">
          Machine-readable: <a href="/api/v1/framework">/api/v1/framework</a> (framework id{" "}
          <code className="font-mono">{framework.id}</code>)
        </p>
      </header>

      <div className="card space-y-3 p-4">
        <FilterChips
          label="View"
          current={view}
          options={[
            { value: "pillars", label: "By pillar" },
            { value: "clauses", label: "By clause" },
          ]}
          hrefFor={(v) => href({ view: v as "pillars" | "clauses" })}
        />
        <FilterChips
          label="Pillar"
          current={query.pillar}
          options={[
            { value: undefined, label: "All" },
            ...framework.pillars.map((p) => ({ value: p.id, label: p.name })),
          ]}
          hrefFor={(v) => href({ pillar: v as (typeof PILLAR_IDS)[number] | undefined })}
        />
        <FilterChips
          label="Outcome"
          current={query.outcome}
          options={[
            { value: undefined, label: "All" },
            ...framework.outcomes.map((o) => ({ value: o.id, label: `${o.id} ${o.name}` })),
          ]}
          hrefFor={(v) => href({ outcome: v as (typeof OUTCOME_IDS)[number] | undefined })}
        />
        <p className="text-sm text-muted" role="status">
          Showing {questions.length} of {framework.questions.length} questions.
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
            Questions by clause of Resolution 45
          </h2>
          <ul className="space-y-4">
            {RES45_CLAUSES.map((clause) => {
              const implementing = questions.filter((q) => q.clauses.includes(clause.id));
              return (
                <li key={clause.id} id={clause.id} className="card space-y-2 p-5">
                  <h3 className="font-semibold">
                    <span className="font-mono text-brand-700">{clause.id}</span> · {clauseCitation(clause.id)}
                  </h3>
                  <p className="text-sm text-muted">{clause.summary}</p>
                  {!clause.ms ? (
                    <p className="text-sm italic text-muted">Addressed to ITU, not to Member States: no question.</p>
                  ) : implementing.length === 0 ? (
                    <p className="text-sm italic text-muted">No question matches the current filters.</p>
                  ) : (
                    <ul className="flex flex-wrap gap-2" aria-label={`Questions implementing ${clause.id}`}>
                      {implementing.map((q) => (
                        <li key={q.id}>
                          <a
                            href={`/framework#${q.id}`}
                            className="badge bg-brand-50 font-mono text-brand-800"
                            title={q.text}
                          >
                            {q.id}
                          </a>
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
