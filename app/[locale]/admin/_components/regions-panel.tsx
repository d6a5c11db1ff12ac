import Link from "next/link";
import { STATES_WITH_CONTESTED_REGION } from "@/lib/admin/regions";
import { REGIONS, regionName } from "@/lib/reference/regions";
import { RegionForm, type StateWithRegion } from "./region-form";

/** The move form beside how many states each region holds and where the contested ones are now. */
export function RegionsPanel({ states }: { states: readonly StateWithRegion[] }) {
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
          <h3 className="font-semibold">Member States per region</h3>
          <ul className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm">
            {REGIONS.map((r) => (
              <li key={r.id} className="flex justify-between gap-2">
                <Link href={`/member-states?region=${r.id}`}>{r.name}</Link>
                <span className="tabular-nums text-muted">{counts.get(r.id) ?? 0}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="space-y-2 border-t border-line pt-4">
          <h3 className="font-semibold">Where ITU-D sources differ</h3>
          <p className="text-sm text-muted">
            Some ITU-D sources count these states with the CIS, others with Europe. They are listed here with the region
            this service uses now.
          </p>
          <ul className="space-y-1 text-sm">
            {contested.map((s) => (
              <li key={s.iso3} className="flex justify-between gap-2">
                <span>{s.name}</span>
                <span className="text-muted">{regionName(s.region)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
