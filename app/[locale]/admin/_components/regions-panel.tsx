import { useLocale, useTranslations } from "next-intl";
import { STATES_WITH_CONTESTED_REGION } from "@/lib/admin/regions";
import { REGIONS, localizedRegionName } from "@/lib/reference/regions";
import { Link } from "@/app/_i18n/navigation";
import { RegionForm, type StateWithRegion } from "./region-form";

/** The move form beside how many states each region holds and where the contested ones are now. */
export function RegionsPanel({ states }: { states: readonly StateWithRegion[] }) {
  const t = useTranslations("admin.regions");
  const locale = useLocale();
  const counts = new Map<string, number>();
  for (const s of states) counts.set(s.region, (counts.get(s.region) ?? 0) + 1);
  const contested = STATES_WITH_CONTESTED_REGION.map((iso3) => states.find((s) => s.iso3 === iso3)).filter(
    (s): s is StateWithRegion => s !== undefined,
  );

  return (
    <div className="grid items-start gap-6 md:grid-cols-[3fr_2fr]">
      <div className="card">
        <RegionForm states={states} />
      </div>
      <div className="card space-y-5">
        <div className="space-y-2">
          <h3 className="font-semibold">{t("perRegion")}</h3>
          <ul className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm">
            {REGIONS.map((r) => (
              <li key={r.id} className="flex justify-between gap-2">
                <Link href={`/member-states?region=${r.id}`}>{localizedRegionName(r.id, locale)}</Link>
                <span className="tabular-nums text-muted">{counts.get(r.id) ?? 0}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="space-y-2 border-t border-line pt-4">
          <h3 className="font-semibold">{t("contestedTitle")}</h3>
          <p className="text-sm text-muted">{t("contestedText")}</p>
          <ul className="space-y-1 text-sm">
            {contested.map((s) => (
              <li key={s.iso3} className="flex justify-between gap-2">
                <span>{s.name}</span>
                <span className="text-muted">{localizedRegionName(s.region, locale)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
