import type { MemberStateSummary } from "@/db/queries/member-states";
import { REGIONS } from "@/lib/reference/regions";

/** A plain GET form: choosing a state works without JavaScript and gives a link that can be shared. */
export function StatePicker({
  states,
  current,
  region,
  include,
}: {
  states: MemberStateSummary[];
  current: string;
  region: string;
  include: "validated" | "submitted";
}) {
  return (
    <form action="/analysis/trends" method="get" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="region" value={region} />
      {include === "submitted" && <input type="hidden" name="include" value="submitted" />}
      <div>
        <label htmlFor="trend-state" className="field-label">
          Member State
        </label>
        <select id="trend-state" name="state" defaultValue={current} className="field-input min-w-64">
          {REGIONS.map((r) => (
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
        Show
      </button>
    </form>
  );
}
