import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { listPublishedCycles, readPublicCycle } from "@/server/publication";
import { MIN_STATES_FOR_PUBLIC } from "@/lib/analysis/averages";
import { cycleParamSchema } from "@/lib/api/analysis.validation";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { memberStateName } from "@/lib/reference";
import { localizedRegionName } from "@/lib/reference/regions";
import { formatScore } from "@/lib/scoring";
import { Link } from "@/app/_i18n/navigation";
import { NoticePanel } from "@/app/_components/notice-panel";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { TierBadge } from "@/app/_components/tier-badge";
import { tierName } from "@/app/_components/tier-text";
import { worldShapes } from "@/app/_lib/world-shapes";
import { MapLegend } from "../analysis/[cycle]/_components/map/map-legend";
import { WorldMap, type MapState } from "../analysis/[cycle]/_components/map/world-map";
import { ColumnHeader } from "./_components/column-header";
import { orNotPublished } from "./_components/public-data";
import { PageMessages } from "@/app/_i18n/page-messages";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The cycle shown: `?cycle=` when it is published, else the newest published one; null when none is. */
async function chosenCycle(searchParams: SearchParams): Promise<{ cycle: number | null; cycles: number[] }> {
  const cycles = await listPublishedCycles();
  const raw = (await searchParams).cycle;
  if (raw === undefined) return { cycle: cycles[0] ?? null, cycles };
  const parsed = cycleParamSchema.safeParse(raw);
  if (!parsed.success || !cycles.includes(parsed.data)) notFound();
  return { cycle: parsed.data, cycles };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslations("results.public");
  const { cycle } = await chosenCycle(searchParams);
  const description = cycle === null ? t("noneText") : t("metaDescription", { cycle });
  return {
    title: t("metaTitle"),
    description,
    openGraph: { title: t("metaTitle"), description, type: "website" },
  };
}

/** The published results, open to everyone: no sign-in. */
export default async function ProfilesPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("results.public");
  const { cycle, cycles } = await chosenCycle(searchParams);
  if (cycle === null)
    return (
      <div data-testid="profiles-none">
        <NoticePanel title={t("noneTitle")}>{t("noneText")}</NoticePanel>
      </div>
    );
  const data = await orNotPublished(readPublicCycle(cycle));
  if (!data) notFound();
  const { value } = data;
  const locale = await getLocale();
  const format = await getFormatter();
  const tierNames = await getTranslations("common.tierNames");
  const framework = localizeFramework(CURRENT_FRAMEWORK, locale);
  const tiers = framework.tiers.map((tier) => ({
    level: tier.level,
    name: tierName(tierNames, tier),
    minScore: tier.minScore,
  }));
  const states = value.states
    .map((s) => ({ ...s, name: memberStateName(s.iso3, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const published = new Map(states.map((s) => [s.iso3, s]));
  const mapStates: Record<string, MapState> = Object.fromEntries(
    worldShapes().members.map((m) => {
      const s = published.get(m.iso3);
      return [
        m.iso3,
        {
          name: memberStateName(m.iso3, locale),
          status: s ? "validated" : null,
          overall: s ? s.overall : null,
          tier: s ? { level: s.tier.level, name: tierName(tierNames, s.tier) } : null,
        },
      ];
    }),
  );
  const licence = `${value.licence.name} (${value.licence.id})`;

  return (
    <PageMessages page="profiles">
      <div className="space-y-8" data-testid="profiles">
        <header className="space-y-3">
          <p className="eyebrow rtl:tracking-normal">{t("eyebrow", { cycle })}</p>
          <h1 className="text-display font-bold text-brand-900">{t("title")}</h1>
          <p className="max-w-3xl text-lg text-muted">
            {t("lead", { date: format.dateTime(value.publishedAt, { dateStyle: "long", timeZone: "UTC" }) })}
          </p>
          {cycles.length > 1 && (
            <nav aria-label={t("cycles")} className="flex flex-wrap gap-2">
              {cycles.map((c) => (
                <Link
                  key={c}
                  href={`/profiles?cycle=${c}`}
                  aria-current={c === cycle ? "page" : undefined}
                  className={c === cycle ? "btn-primary" : "btn-secondary"}
                >
                  {c}
                </Link>
              ))}
            </nav>
          )}
          <DemoDataNotice />
        </header>

        <section aria-labelledby="map-heading" className="card space-y-3">
          <h2 id="map-heading" className="text-xl font-bold text-brand-900">
            {t("mapHeading")}
          </h2>
          <p className="text-sm text-muted">{t("mapText", { count: states.length })}</p>
          <WorldMap states={mapStates} cycle={cycle} profiles />
          <MapLegend tiers={tiers} />
        </section>

        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="regions-heading" className="card space-y-3">
            <h2 id="regions-heading" className="text-xl font-bold text-brand-900">
              {t("regionsHeading")}
            </h2>
            <p className="text-sm text-muted">{t("regionsText", { min: MIN_STATES_FOR_PUBLIC })}</p>
            <table className="w-full text-sm" data-testid="public-regions">
              <thead>
                <tr className="border-b border-line text-start text-muted">
                  <ColumnHeader>{t("region")}</ColumnHeader>
                  <ColumnHeader align="end">{t("counted")}</ColumnHeader>
                  <ColumnHeader align="end">{t("average")}</ColumnHeader>
                </tr>
              </thead>
              <tbody>
                {value.regions.map((r) => (
                  <tr key={r.region} className="border-b border-line last:border-0" data-region={r.region}>
                    <th scope="row" className="py-2 text-start font-medium">
                      {localizedRegionName(r.region, locale)}
                    </th>
                    <td className="py-2 text-end tabular-nums">{r.counted}</td>
                    <td className="py-2 text-end tabular-nums">
                      {r.average ? (
                        formatScore(r.average.overall, locale)
                      ) : (
                        <span className="text-muted">{t("notShown")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="tiers-heading" className="card space-y-3">
            <h2 id="tiers-heading" className="text-xl font-bold text-brand-900">
              {t("tiersHeading")}
            </h2>
            <ul className="space-y-2">
              {[...framework.tiers]
                .sort((a, b) => b.level - a.level)
                .map((tier) => (
                  <li key={tier.level} className="flex items-center justify-between gap-3 text-sm">
                    <TierBadge tier={tier} />
                    <span className="font-semibold tabular-nums">
                      {states.filter((s) => s.tier.level === tier.level).length}
                    </span>
                  </li>
                ))}
            </ul>
            <div className="space-y-2 border-t border-line pt-3">
              <h3 className="font-semibold text-brand-900">{t("openData")}</h3>
              <p className="text-sm text-muted">{t("openDataText", { licence })}</p>
              <p className="flex flex-wrap gap-3 text-sm">
                <a href={`/api/v1/public/cycles/${cycle}/scores`}>{t("json")}</a>
                <a href={`/api/v1/public/cycles/${cycle}/scores.csv`}>{t("csv")}</a>
                <a href={value.licence.url} rel="license">
                  {t("licence", { licence: value.licence.id })}
                </a>
              </p>
            </div>
          </section>
        </div>

        <section aria-labelledby="states-heading" className="card space-y-3">
          <h2 id="states-heading" className="text-xl font-bold text-brand-900">
            {t("statesHeading")}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="public-states">
              <thead>
                <tr className="border-b border-line text-muted">
                  <ColumnHeader>{t("state")}</ColumnHeader>
                  <ColumnHeader>{t("region")}</ColumnHeader>
                  <ColumnHeader align="end">{t("overall")}</ColumnHeader>
                  <ColumnHeader align="tier">{t("tier")}</ColumnHeader>
                </tr>
              </thead>
              <tbody>
                {states.map((s) => (
                  <tr key={s.iso3} className="border-b border-line last:border-0" data-iso3={s.iso3}>
                    <th scope="row" className="py-2 text-start font-medium">
                      <Link href={`/profiles/${s.iso3}`}>{s.name}</Link>
                    </th>
                    <td className="py-2">{localizedRegionName(s.region, locale)}</td>
                    <td className="py-2 text-end font-semibold tabular-nums">{formatScore(s.overall, locale)}</td>
                    <td className="py-2 ps-6">
                      <TierBadge tier={s.tier} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </PageMessages>
  );
}
