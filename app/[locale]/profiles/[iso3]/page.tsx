import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { readPublicProfile, type PublicProfile } from "@/server/publication";
import { MIN_STATES_FOR_PUBLIC } from "@/lib/analysis/averages";
import { publicProfileParamsSchema } from "@/lib/api/publication.validation";
import { frameworkOf } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { memberStateName } from "@/lib/reference";
import { localizedRegionName } from "@/lib/reference/regions";
import { formatScoreChange } from "@/lib/results/format";
import { formatScore } from "@/lib/scoring";
import { Link, redirect } from "@/app/_i18n/navigation";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { OverallScoreCard } from "@/app/_components/overall-score-card";
import { TierBadge } from "@/app/_components/tier-badge";
import { tierName } from "@/app/_components/tier-text";
import { ColumnHeader } from "../_components/column-header";
import { orNotPublished } from "../_components/public-data";
import { ScoreBars } from "../_components/score-bars";

export const dynamic = "force-dynamic";

type Params = Promise<{ iso3: string }>;

/** The profile, or null (the page's 404) when nothing of the state is published or the code is not one. */
async function profileOf(params: Params): Promise<PublicProfile | null> {
  const parsed = publicProfileParamsSchema.safeParse(await params);
  if (!parsed.success) return null;
  return (await orNotPublished(readPublicProfile(parsed.data.iso3)))?.value ?? null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const profile = await profileOf(params);
  if (!profile) return {};
  const locale = await getLocale();
  const t = await getTranslations("results.public");
  const tierNames = await getTranslations("common.tierNames");
  const state = memberStateName(profile.iso3, locale);
  const { latest } = profile;
  const title = t("profileMeta", { state, cycle: latest.cycle });
  const description = t("profileDescription", {
    state,
    score: formatScore(latest.overall, locale),
    level: latest.tier.level,
    tier: tierName(tierNames, latest.tier),
    cycle: latest.cycle,
  });
  return { title, description, openGraph: { title, description, type: "article" } };
}

/** A Member State's public country profile: no sign-in; 404 when nothing of it is published. */
export default async function ProfilePage({ params }: { params: Params }) {
  const raw = await params;
  const profile = await profileOf(params);
  if (!profile) notFound();
  const locale = await getLocale();
  if (raw.iso3 !== profile.iso3) redirect({ href: `/profiles/${profile.iso3}`, locale });
  const t = await getTranslations("results.public");
  const { latest, history, areas, regionAverage } = profile;
  const framework = localizeFramework(frameworkOf(latest.frameworkId), locale);
  const stateName = memberStateName(profile.iso3, locale);
  const regionName = localizedRegionName(profile.region, locale);
  const pillarName = (id: string) => framework.pillars.find((p) => p.id === id)?.name ?? id;

  return (
    <div className="space-y-8 print:space-y-5" data-testid="profile" data-iso3={profile.iso3}>
      <header className="space-y-3">
        <p className="eyebrow rtl:tracking-normal">
          <Link href="/profiles" className="print:hidden">
            {t("allProfiles")}
          </Link>
          <span className="print:hidden"> · </span>
          {t("profileEyebrow", { cycle: latest.cycle })}
        </p>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-display font-bold text-brand-900">{stateName}</h1>
          <a
            href={`/profiles/${profile.iso3}/profile.pdf?locale=${locale}`}
            className="btn-secondary print:hidden"
            download
          >
            {t("downloadPdf")}
          </a>
        </div>
        <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
          <span>{regionName}</span>
          <span>
            {t("questionnaire", { version: framework.version })}{" "}
            <code className="font-mono text-xs" dir="ltr">
              {framework.id}
            </code>
          </span>
        </p>
        <DemoDataNotice />
      </header>

      <section
        aria-labelledby="overall-heading"
        className="grid gap-4 md:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)] print:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]"
      >
        <OverallScoreCard
          heading={
            <h2 id="overall-heading" className="eyebrow">
              {t("overallHeading")}
            </h2>
          }
          tiers={framework.tiers}
          overall={latest.overall}
          tier={latest.tier}
          testIds={{ score: "profile-score", tier: "profile-tier" }}
        >
          <p className="text-sm text-muted" data-testid="profile-region">
            {regionAverage.average
              ? t("regionCompare", {
                  region: regionName,
                  score: formatScore(regionAverage.average.overall, locale),
                  count: regionAverage.average.count,
                })
              : t("regionHidden", { region: regionName, min: MIN_STATES_FOR_PUBLIC })}
          </p>
        </OverallScoreCard>
        <div className="grid gap-4">
          <div className="card space-y-2 print:shadow-none" data-testid="strengths">
            <h2 className="text-lg font-bold text-brand-900">{t("strengthsHeading")}</h2>
            <AreaList
              ids={areas.strengths}
              name={pillarName}
              scores={latest.pillars}
              empty={t("noAreas")}
              locale={locale}
            />
          </div>
          <div className="card space-y-2 print:shadow-none" data-testid="growth">
            <h2 className="text-lg font-bold text-brand-900">{t("growthHeading")}</h2>
            <AreaList
              ids={areas.growth}
              name={pillarName}
              scores={latest.pillars}
              empty={t("noAreas")}
              locale={locale}
            />
            <p className="text-xs text-muted">{t("areasText")}</p>
          </div>
        </div>
      </section>

      <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-1">
        <section aria-labelledby="pillars-heading" className="card space-y-3 print:shadow-none">
          <h2 id="pillars-heading" className="text-xl font-bold text-brand-900">
            {t("pillarsHeading")}
          </h2>
          <p className="text-sm text-muted">{t("pillarsText")}</p>
          <ScoreBars
            testId="profile-pillars"
            rows={framework.pillars.map((p) => ({ id: p.id, name: p.name, score: latest.pillars[p.id] }))}
          />
        </section>
        <section aria-labelledby="outcomes-heading" className="card space-y-3 print:shadow-none">
          <h2 id="outcomes-heading" className="text-xl font-bold text-brand-900">
            {t("outcomesHeading")}
          </h2>
          <p className="text-sm text-muted">{t("outcomesText")}</p>
          <ScoreBars
            testId="profile-outcomes"
            rows={framework.outcomes.map((o) => ({
              id: o.id,
              name: `${o.id} ${o.name}`,
              score: latest.outcomes[o.id],
            }))}
          />
        </section>
      </div>

      <section aria-labelledby="trend-heading" className="card space-y-3 print:shadow-none">
        <h2 id="trend-heading" className="text-xl font-bold text-brand-900">
          {t("trendHeading")}
        </h2>
        <table className="w-full text-sm" data-testid="profile-trend">
          <thead>
            <tr className="border-b border-line text-muted">
              <ColumnHeader>{t("cycle")}</ColumnHeader>
              <ColumnHeader align="end">{t("overall")}</ColumnHeader>
              <ColumnHeader align="end">{t("change")}</ColumnHeader>
              <ColumnHeader align="tier">{t("tier")}</ColumnHeader>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={h.cycle} className="border-b border-line last:border-0">
                <th scope="row" className="py-2 text-start font-medium">
                  {h.cycle}
                </th>
                <td className="py-2 text-end font-semibold tabular-nums">{formatScore(h.overall, locale)}</td>
                <td className="py-2 text-end tabular-nums">
                  {i === 0 ? (
                    <span className="text-muted">{t("firstPublished")}</span>
                  ) : (
                    <span dir="ltr">{formatScoreChange(h.overall - history[i - 1]!.overall, locale)}</span>
                  )}
                </td>
                <td className="py-2 ps-6">
                  <TierBadge tier={h.tier} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <p className="text-xs text-muted">
        {t("openDataText", { licence: `${profile.licence.name} (${profile.licence.id})` })}{" "}
        <a href={`/api/v1/public/profiles/${profile.iso3}`}>{t("json")}</a> ·{" "}
        <a href={profile.licence.url} rel="license">
          {t("licence", { licence: profile.licence.id })}
        </a>
      </p>
    </div>
  );
}

/** Pillars named with their score: the areas of strength or of growth. */
function AreaList({
  ids,
  name,
  scores,
  empty,
  locale,
}: {
  ids: readonly string[];
  name: (id: string) => string;
  scores: Record<string, number>;
  empty: string;
  locale: string;
}) {
  if (ids.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="list-disc space-y-1 ps-5 text-sm">
      {ids.map((id) => (
        <li key={id}>
          {name(id)}: <span className="font-semibold">{formatScore(scores[id]!, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
