import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/app/_i18n/navigation";
import type { Dimension } from "@/lib/analysis/types";

/**
 * A plain GET form: choosing a state works without JavaScript and gives a link that can be shared.
 * `states` and `regions` are named in the reader's language, states in alphabetical order.
 */
export function StatePicker({
  states,
  regions,
  current,
  region,
  include,
}: {
  states: { iso3: string; name: string; region: string }[];
  regions: Dimension[];
  current: string;
  region: string;
  include: "validated" | "submitted";
}) {
  const t = useTranslations("analysis.trends.picker");
  const locale = useLocale();
  return (
    <form
      action={getPathname({ href: "/analysis/trends", locale })}
      method="get"
      className="flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="region" value={region} />
      {include === "submitted" && <input type="hidden" name="include" value="submitted" />}
      <div>
        <label htmlFor="trend-state" className="field-label">
          {t("label")}
        </label>
        <select id="trend-state" name="state" defaultValue={current} className="field-input min-w-64">
          {regions.map((r) => (
            <optgroup key={r.id} label={r.name}>
              {states
                .filter((s) => s.region === r.id)
                .map((s) => (
                  <option key={s.iso3} value={s.iso3}>
                    {s.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        {t("show")}
      </button>
    </form>
  );
}
