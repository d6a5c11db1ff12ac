import type { Metadata } from "next";
import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CURRENT_FRAMEWORK, type Framework } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { formatDecimal } from "@/lib/i18n/intl";
import { formatCredit, formatScoreChange } from "@/lib/results/format";
import { formatScore, tierFor } from "@/lib/scoring";
import { STAGES, YES_PARTIAL_NO } from "@/lib/scoring/fixtures";
import { Link } from "@/app/_i18n/navigation";
import { TIER_BACKGROUND } from "@/app/_components/tier-badge";
import { Formula, Section, listOf, useTierLabel } from "./_components/parts";
import { WorkedExample } from "./_components/worked-example";
import { TableHead } from "@/app/_components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reference.methodology");
  return { title: t("metadataTitle") };
}

/** The parts of the page, in reading order: their ids are the anchors of the table of contents. */
const SECTIONS = [
  "credit",
  "pillars",
  "outcomes",
  "overall",
  "tiers",
  "completion",
  "gaps",
  "whatIf",
  "plan",
  "precision",
  "example",
  "check",
] as const;

const STEPS = ["credit", "pillars", "overall", "tier"] as const;

/**
 * "How scores are computed": the reader's version of docs/methodology.md. Every
 * number that illustrates the rule (thresholds, examples, the worked example) is
 * taken from the questionnaire or computed by the scoring engine, never written out.
 */
export default async function MethodologyPage() {
  const locale = await getLocale();
  const t = await getTranslations("reference.methodology");
  const framework = localizeFramework(CURRENT_FRAMEWORK, locale);
  const optionLabels = (options: readonly { value: string }[]) =>
    options.map((o) => t(`example.options.${o.value}`)).join(" / ");
  const credits = (options: readonly { credit: number }[]) =>
    options.map((o) => formatCredit(o.credit, locale)).join(" / ");
  const equalWeights = framework.pillars.every((p) => p.weight === framework.pillars[0]?.weight);

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="text-display font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-muted">{t("lead")}</p>
        <p className="text-sm">
          <Link href="/framework">
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
              ←
            </span>{" "}
            {t("backToQuestionnaire")}
          </Link>
        </p>
      </header>

      <section aria-labelledby="steps-title" className="space-y-4">
        <h2 id="steps-title" className="text-2xl font-bold">
          {t("steps.title")}
        </h2>
        <ol className="grid gap-4 md:grid-cols-4">
          {STEPS.map((step, i) => (
            <li key={step} className="card flex gap-3 p-5">
              <span
                aria-hidden="true"
                className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-brand-600 text-sm font-bold text-white"
              >
                {i + 1}
              </span>
              <div className="space-y-1">
                <h3 className="font-semibold text-brand-900">{t(`steps.${step}.title`)}</h3>
                <p className="text-sm text-muted">{t(`steps.${step}.text`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <div className="gap-10 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)]">
        <nav aria-labelledby="contents-title" className="mb-8 self-start lg:sticky lg:top-6 lg:mb-0">
          <h2 id="contents-title" className="eyebrow mb-2">
            {t("contents")}
          </h2>
          <ol className="space-y-1 text-sm">
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} className="no-underline hover:underline">
                  {t(`${id}.heading`)}
                </a>
              </li>
            ))}
          </ol>
        </nav>

        <div className="min-w-0 space-y-12">
          <Section id="credit" title={t("credit.heading")}>
            <Prose>
              {t("credit.text", {
                yesNoLabels: optionLabels(YES_PARTIAL_NO),
                yesNoCredits: credits(YES_PARTIAL_NO),
                stageLabels: optionLabels(STAGES),
                stageCredits: credits(STAGES),
              })}
            </Prose>
            <div className="grid gap-4 md:grid-cols-2">
              <Rule title={t("credit.evidenceTitle")}>{t("credit.evidence")}</Rule>
              <Rule title={t("credit.unansweredTitle")}>{t("credit.unanswered")}</Rule>
            </div>
          </Section>

          <Section id="pillars" title={t("pillars.heading")}>
            <Prose>{t("pillars.text")}</Prose>
            <Formula>{t("pillars.formula")}</Formula>
            <Prose muted>{t("pillars.note")}</Prose>
          </Section>

          <Section id="outcomes" title={t("outcomes.heading")}>
            <Prose>
              {t("outcomes.text", {
                outcomes: listOf(
                  framework.outcomes.map((o) => o.id),
                  locale,
                ),
              })}
            </Prose>
            <Formula>{t("outcomes.formula")}</Formula>
            <Prose muted>{t("outcomes.note")}</Prose>
          </Section>

          <Section id="overall" title={t("overall.heading")}>
            <Prose>{t("overall.text")}</Prose>
            <Formula>{t("overall.formula")}</Formula>
            {equalWeights && <Prose>{t("overall.equalWeights")}</Prose>}
            <Prose>{t("overall.points")}</Prose>
            <Prose muted>{t("overall.bounds")}</Prose>
          </Section>

          <Section id="tiers" title={t("tiers.heading")}>
            <Prose>{t("tiers.text", { version: framework.id })}</Prose>
            <TierTable framework={framework} />
            <TierPrecision framework={framework} />
            <Prose muted>{t("tiers.tolerance")}</Prose>
          </Section>

          <Section id="completion" title={t("completion.heading")}>
            <Formula>{t("completion.formula")}</Formula>
            <Prose>{t("completion.text")}</Prose>
          </Section>

          <Section id="gaps" title={t("gaps.heading")}>
            <Prose>{t("gaps.text")}</Prose>
            <Prose>{t("gaps.shortfall")}</Prose>
            <Formula>{t("gaps.formula")}</Formula>
            <Prose>{t("gaps.additive")}</Prose>
            <Prose>{t("gaps.evidenceOnly")}</Prose>
          </Section>

          <Section id="whatIf" title={t("whatIf.heading")}>
            <Prose>{t("whatIf.text")}</Prose>
          </Section>

          <Section id="plan" title={t("plan.heading")}>
            <div className="grid gap-4 md:grid-cols-2">
              <Rule title={t("plan.projectedTitle")}>{t("plan.projected")}</Rule>
              <Rule title={t("plan.achievedTitle")}>{t("plan.achieved")}</Rule>
            </div>
            <Prose muted>{t("plan.carryOver")}</Prose>
          </Section>

          <Section id="precision" title={t("precision.heading")}>
            <Prose>
              {t("precision.text", {
                a: formatDecimal(72.3456, 4, locale),
                aShown: formatScore(72.3456, locale),
                b: formatDecimal(45.5, 1, locale),
                bShown: formatScore(45.5, locale),
                change: listOf([formatScoreChange(3.25, locale), formatScoreChange(-1.5, locale)], locale),
              })}
            </Prose>
            <Prose>{t("precision.versions")}</Prose>
          </Section>

          <Section id="example" title={t("example.heading")}>
            <WorkedExample pillarNames={Object.fromEntries(framework.pillars.map((p) => [p.id, p.name]))} />
          </Section>

          <Section id="check" title={t("check.heading")}>
            <Prose>
              {t.rich("check.text", {
                code: (chunks: ReactNode) => (
                  <code dir="ltr" className="rounded bg-canvas px-1 font-mono text-sm">
                    {chunks}
                  </code>
                ),
                link: (chunks: ReactNode) => <Link href="/api-docs">{chunks}</Link>,
              })}
            </Prose>
          </Section>
        </div>
      </div>
    </div>
  );
}

function Prose({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return <p className={`max-w-3xl ${muted ? "text-sm text-muted" : ""}`}>{children}</p>;
}

/** One rule (or exception) of the method, in a card of its own. */
function Rule({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="card space-y-2 p-5">
      <h3 className="font-semibold text-brand-900">{title}</h3>
      <p className="text-sm">{children}</p>
    </div>
  );
}

/** The questionnaire's tiers, best first, each with the range of overall scores that reaches it. */
function TierTable({ framework }: { framework: Framework }) {
  const t = useTranslations("reference.methodology.tiers");
  const locale = useLocale();
  const tiers = [...framework.tiers].sort((a, b) => b.minScore - a.minScore);
  const num = (n: number) => formatCredit(n, locale);
  return (
    <div className="card max-w-3xl overflow-x-auto p-0" tabIndex={0}>
      <table className="data-table">
        <caption className="sr-only">{t("caption")}</caption>
        <TableHead columns={[{ label: t("level") }, { label: t("name") }, { label: t("range") }]} />
        <tbody>
          {tiers.map((tier, i) => {
            const above = tiers[i - 1];
            const range = !above
              ? t("rangeTop", { min: num(tier.minScore) })
              : i === tiers.length - 1
                ? t("rangeBottom", { max: num(above.minScore) })
                : t("rangeMiddle", { min: num(tier.minScore), max: num(above.minScore) });
            return (
              <tr key={tier.level}>
                <th scope="row" className="tabular-nums">
                  <span className="inline-flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className={`inline-block h-3 w-3 rounded-full ${TIER_BACKGROUND[tier.level] ?? "bg-muted"}`}
                    />
                    {tier.level}
                  </span>
                </th>
                <td className="font-semibold">{tier.name}</td>
                <td>{range}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A score just below the top threshold: displayed rounded up to it, yet still in the tier below. */
function TierPrecision({ framework }: { framework: Framework }) {
  const t = useTranslations("reference.methodology.tiers");
  const locale = useLocale();
  const tierLabel = useTierLabel();
  const almost = Math.max(...framework.tiers.map((tier) => tier.minScore)) - 0.001;
  return (
    <Prose>
      {t("fullPrecision", {
        score: formatDecimal(almost, 3, locale),
        shown: formatScore(almost, locale),
        tier: tierLabel(tierFor(framework, almost)),
      })}
    </Prose>
  );
}
