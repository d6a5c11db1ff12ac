import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listMemberStates } from "@/server/member-states";
import { memberStatesQuerySchema } from "@/lib/api/member-states.validation";
import { intlLocale } from "@/lib/i18n/intl";
import { memberStateName } from "@/lib/reference";
import { REGIONS, localizedRegionName } from "@/lib/reference/regions";
import { REGION_IDS } from "@/lib/reference/types";
import { Link } from "@/app/_i18n/navigation";
import { TableHead } from "@/app/_components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reference.memberStates");
  return { title: t("metadataTitle") };
}

export const dynamic = "force-dynamic";

export default async function MemberStatesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const query = await searchParams;
  const parsed = memberStatesQuerySchema.safeParse(query);
  const region = parsed.success ? parsed.data.region : undefined;
  const locale = await getLocale();
  const t = await getTranslations("reference.memberStates");
  const [all, rows] = await Promise.all([listMemberStates(), listMemberStates({ region })]);
  const counts = new Map<string, number>();
  for (const s of all) counts.set(s.region, (counts.get(s.region) ?? 0) + 1);
  // The database holds English names, in English order; other languages list states by their own names.
  const shown = rows.map((s) => ({ ...s, name: memberStateName(s.iso3, locale) }));
  if (locale !== "en") {
    const collator = new Intl.Collator(intlLocale(locale));
    shown.sort((a, b) => collator.compare(a.name, b.name));
  }

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="text-display font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-muted">{t("lead", { count: all.length })}</p>
      </header>

      {!parsed.success && (
        <p role="alert" className="card border-danger text-danger">
          {t("unknownRegion", {
            region: String(query.region),
            regions: REGION_IDS.join(", "),
          })}
        </p>
      )}

      <nav aria-label={t("filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href="/member-states"
              aria-current={region ? undefined : "page"}
              className={region ? "btn-secondary" : "btn-primary"}
            >
              {t.rich("allRegions", {
                count: all.length,
                n: (chunks) => <span className="font-normal">{chunks}</span>,
              })}
            </Link>
          </li>
          {REGIONS.map((r) => (
            <li key={r.id}>
              <Link
                href={`/member-states?region=${r.id}`}
                aria-current={region === r.id ? "page" : undefined}
                className={region === r.id ? "btn-primary" : "btn-secondary"}
              >
                {t.rich("regionFilter", {
                  name: localizedRegionName(r.id, locale),
                  count: counts.get(r.id) ?? 0,
                  n: (chunks) => <span className="font-normal">{chunks}</span>,
                })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">
            {region ? t("captionRegion", { region: localizedRegionName(region, locale) }) : t("captionAll")}
          </caption>
          <TableHead
            columns={[
              { label: t("columns.memberState") },
              { label: t("columns.alpha3") },
              { label: t("columns.alpha2") },
              { label: t("columns.region") },
            ]}
          />
          <tbody>
            {shown.map((s) => (
              <tr key={s.iso3}>
                <td className="font-medium">{s.name}</td>
                <td className="font-mono">{s.iso3}</td>
                <td className="font-mono">{s.iso2}</td>
                <td>{localizedRegionName(s.region, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
