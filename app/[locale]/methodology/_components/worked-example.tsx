import { useLocale, useTranslations } from "next-intl";
import type { Framework } from "@/lib/framework";
import { formatCompletion, formatCredit } from "@/lib/results/format";
import { formatScore, listGaps, questionCredit, scoreAssessment, whatIf, type AnswerInput } from "@/lib/scoring";
import { FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS } from "@/lib/scoring/fixtures";
import { Sum, listOf, useTierLabel } from "./parts";
import { TableHead } from "@/app/_components/table-head";

/**
 * The methodology's worked example (docs/methodology.md), computed here by the
 * scoring engine from the same fixture the unit tests assert, so that the page
 * can never disagree with the engine. `pillarNames` come from the localized
 * questionnaire: the fixture's pillars have the same ids.
 */
export function WorkedExample({ pillarNames }: { pillarNames: Readonly<Record<string, string>> }) {
  const t = useTranslations("reference.methodology.example");
  const locale = useLocale();
  const tierLabel = useTierLabel();
  const framework = FIXTURE_FRAMEWORK;
  const answers = WORKED_EXAMPLE_ANSWERS;
  const result = scoreAssessment(framework, answers);
  const rows = questionRows(framework, answers);
  const num = (n: number) => formatCredit(n, locale);
  const pillarName = (id: string) => pillarNames[id] ?? id;

  const halved = rows.filter((r) => r.option && r.effective < r.option.credit).map((r) => r.id);
  const unanswered = rows.filter((r) => !r.option).map((r) => r.id);
  const zero = rows.filter((r) => r.option && r.option.credit === 0).map((r) => r.id);

  const gaps = listGaps(framework, answers);
  const [first, second] = gaps;
  const projection = first && second ? whatIf(framework, answers, [first.questionId, second.questionId]) : null;
  const shortfallTotal = gaps.reduce((sum, g) => sum + g.shortfall, 0);

  return (
    <div className="space-y-6">
      <p className="max-w-3xl">{t("intro")}</p>

      <div className="card overflow-x-auto p-0" tabIndex={0}>
        <table className="data-table">
          <caption className="px-4 py-3 text-start text-sm font-semibold">{t("answersCaption")}</caption>
          <TableHead
            columns={[
              { label: t("columns.question") },
              { label: t("columns.pillar") },
              { label: t("columns.outcome") },
              { label: t("columns.weight"), className: "text-end" },
              { label: t("columns.evidenceRequired") },
              { label: t("columns.option") },
              { label: t("columns.credit"), className: "text-end" },
              { label: t("columns.evidenceGiven") },
              { label: t("columns.effective"), className: "text-end" },
            ]}
          />
          <tbody>
            {rows.map((r) => {
              const changed = r.option !== undefined && r.effective !== r.option.credit;
              return (
                <tr key={r.id}>
                  <th scope="row" className="font-mono text-xs font-semibold">
                    {r.id}
                  </th>
                  <td>{pillarName(r.pillar)}</td>
                  <td className="font-mono text-xs">{r.outcome}</td>
                  <td className="text-end tabular-nums">{num(r.weight)}</td>
                  <td>{r.evidenceRequired ? t("yes") : t("no")}</td>
                  <td>
                    {r.option ? t(`options.${r.option.value}`) : <em className="text-muted">{t("unanswered")}</em>}
                  </td>
                  <td className="text-end tabular-nums">{r.option ? num(r.option.credit) : "–"}</td>
                  <td className={changed ? "font-semibold text-warn" : undefined}>
                    {r.option ? (r.evidenceGiven ? t("yes") : t("no")) : "–"}
                  </td>
                  <td className={`text-end tabular-nums ${changed ? "font-semibold text-warn" : ""}`}>
                    {num(r.effective)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="max-w-3xl list-disc space-y-1 ps-6 text-sm text-muted">
        {halved.length > 0 && <li>{t("halved", { count: halved.length, list: listOf(halved, locale) })}</li>}
        {unanswered.length > 0 && (
          <li>{t("unansweredNote", { count: unanswered.length, list: listOf(unanswered, locale) })}</li>
        )}
        {zero.length > 0 && <li>{t("zeroNote", { count: zero.length, list: listOf(zero, locale) })}</li>}
      </ul>

      <div className="grid gap-6 lg:grid-cols-2">
        <SumTable
          caption={t("pillarsCaption")}
          firstColumn={t("sumColumns.pillar")}
          groups={framework.pillars.map((p) => ({
            id: p.id,
            label: pillarName(p.id),
            rows: rows.filter((r) => r.pillar === p.id),
            score: result.pillars[p.id] ?? 0,
          }))}
        />
        <SumTable
          caption={t("outcomesCaption")}
          firstColumn={t("sumColumns.outcome")}
          groups={framework.outcomes.map((o) => ({
            id: o.id,
            label: o.id,
            rows: rows.filter((r) => r.outcome === o.id),
            score: result.outcomes[o.id] ?? 0,
          }))}
        />
      </div>

      <section aria-labelledby="example-result" className="space-y-3">
        <h3 id="example-result" className="text-lg font-semibold">
          {t("resultsTitle")}
        </h3>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="card p-4">
            <dt className="text-sm text-muted">{t("overall")}</dt>
            <dd className="text-3xl font-bold text-brand-800 tabular-nums">{formatScore(result.overall, locale)}</dd>
            <dd className="mt-1 text-xs text-muted">
              <Sum>
                ({framework.pillars.map((p) => formatScore(result.pillars[p.id] ?? 0, locale)).join(" + ")}) /{" "}
                {num(framework.pillars.length)}
              </Sum>
            </dd>
          </div>
          <div className="card p-4">
            <dt className="text-sm text-muted">{t("tier")}</dt>
            <dd className="text-xl font-bold text-brand-800">{tierLabel(result.tier)}</dd>
          </div>
          <div className="card p-4">
            <dt className="text-sm text-muted">{t("completion")}</dt>
            <dd className="text-3xl font-bold text-brand-800 tabular-nums">
              {formatCompletion(result.completion, locale)}
            </dd>
            <dd className="mt-1 text-xs text-muted">
              {t("completionDetail", { answered: rows.filter((r) => r.option).length, total: rows.length })}
            </dd>
          </div>
        </dl>
      </section>

      <div className="card overflow-x-auto p-0" tabIndex={0}>
        <table className="data-table">
          <caption className="px-4 py-3 text-start text-sm font-semibold">{t("gapsCaption")}</caption>
          <TableHead
            columns={[
              { label: t("gapColumns.rank"), className: "text-end" },
              { label: t("gapColumns.question") },
              { label: t("gapColumns.credit") },
              { label: t("gapColumns.shortfall"), className: "text-end" },
              { label: t("gapColumns.note") },
            ]}
          />
          <tbody>
            {gaps.map((g, i) => {
              const answered = rows.find((r) => r.id === g.questionId)?.option;
              const note = !answered
                ? t("gapNotes.unanswered")
                : g.evidenceMissing && answered.credit >= g.bestCredit
                  ? t("gapNotes.addEvidence")
                  : g.evidenceMissing
                    ? t("gapNotes.evidenceMissing")
                    : "";
              return (
                <tr key={g.questionId}>
                  <td className="text-end tabular-nums">{num(i + 1)}</td>
                  <th scope="row" className="font-mono text-xs font-semibold">
                    {g.questionId}
                  </th>
                  <td className="whitespace-nowrap tabular-nums">
                    {num(g.currentCredit)} <span className="inline-block rtl:-scale-x-100">→</span> {num(g.bestCredit)}
                  </td>
                  <td className="text-end tabular-nums">{formatScore(g.shortfall, locale)}</td>
                  <td className="text-muted">{note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="max-w-3xl text-sm text-muted">
        {t("gapsTotal", { total: formatScore(shortfallTotal, locale), overall: formatScore(result.overall, locale) })}
      </p>
      {first && second && projection && (
        <p className="max-w-3xl rounded-md border-s-4 border-ok bg-green-50 px-4 py-3 text-sm">
          {t("whatIf", {
            first: first.questionId,
            second: second.questionId,
            gain: formatScore(projection.after.overall - projection.before.overall, locale),
            before: formatScore(projection.before.overall, locale),
            beforeTier: tierLabel(projection.before.tier),
            after: formatScore(projection.after.overall, locale),
            afterTier: tierLabel(projection.after.tier),
            completion: formatCompletion(projection.after.completion, locale),
          })}
        </p>
      )}
    </div>
  );
}

interface QuestionRow {
  id: string;
  pillar: string;
  outcome: string;
  weight: number;
  evidenceRequired: boolean;
  option: { value: string; credit: number } | undefined;
  evidenceGiven: boolean;
  effective: number;
}

/** Each question with the answer that counts (the last one, as in the engine) and its effective credit. */
function questionRows(framework: Framework, answers: readonly AnswerInput[]): QuestionRow[] {
  return framework.questions.map((q) => {
    // As the engine reads answers: an unknown option value is ignored, the last remaining answer counts.
    const answer = answers.findLast(
      (a) => a.questionId === q.id && (a.value === null || q.options.some((o) => o.value === a.value)),
    );
    const option = q.options.find((o) => o.value === answer?.value);
    return {
      id: q.id,
      pillar: q.pillar,
      outcome: q.outcome,
      weight: q.weight,
      evidenceRequired: q.evidenceRequired,
      option: option && { value: option.value, credit: option.credit },
      evidenceGiven: (answer?.evidence.length ?? 0) > 0,
      effective: questionCredit(q, answer),
    };
  });
}

/** Σ weight × credit, Σ weight and the engine's score for each pillar (or outcome), the arithmetic written out. */
function SumTable({
  caption,
  firstColumn,
  groups,
}: {
  caption: string;
  firstColumn: string;
  groups: { id: string; label: string; rows: QuestionRow[]; score: number }[];
}) {
  const t = useTranslations("reference.methodology.example.sumColumns");
  const locale = useLocale();
  const num = (n: number) => formatCredit(n, locale);
  return (
    <div className="card overflow-x-auto p-0" tabIndex={0}>
      <table className="data-table">
        <caption className="px-4 py-3 text-start text-sm font-semibold">{caption}</caption>
        <TableHead
          columns={[
            { label: firstColumn },
            { label: t("weighted") },
            { label: t("weights"), className: "text-end" },
            { label: t("score"), className: "text-end" },
          ]}
        />
        <tbody>
          {groups.map((g) => {
            const weighted = g.rows.reduce((sum, r) => sum + r.weight * r.effective, 0);
            const weights = g.rows.reduce((sum, r) => sum + r.weight, 0);
            return (
              <tr key={g.id}>
                <th scope="row" className="font-medium">
                  {g.label}
                </th>
                <td className="text-xs">
                  <Sum>
                    {g.rows.map((r) => `${num(r.weight)} × ${num(r.effective)}`).join(" + ")} = {num(weighted)}
                  </Sum>
                </td>
                <td className="text-end tabular-nums">{num(weights)}</td>
                <td className="text-end font-semibold tabular-nums">{formatScore(g.score, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
