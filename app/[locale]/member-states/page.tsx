import type { Metadata } from "next";
import Link from "next/link";
import { listMemberStates } from "@/db/queries/member-states";
import { memberStatesQuerySchema } from "@/lib/api/member-states.validation";
import { REGIONS, regionName } from "@/lib/reference/regions";

export const metadata: Metadata = { title: "Member States" };
export const dynamic = "force-dynamic";

export default async function MemberStatesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const parsed = memberStatesQuerySchema.safeParse(await searchParams);
  const region = parsed.success ? parsed.data.region : undefined;
  const [all, shown] = await Promise.all([listMemberStates(), listMemberStates({ region })]);
  const counts = new Map<string, number>();
  for (const s of all) counts.set(s.region, (counts.get(s.region) ?? 0) + 1);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="eyebrow">Reference data</p>
        <h1 className="text-display font-bold">ITU Member States by BDT region</h1>
        <p className="max-w-3xl text-muted">
          The {all.length} Member States of the ITU, grouped by the regions of the Telecommunication Development Bureau.
          Assessments, regional averages and comparisons all use this list.
        </p>
      </header>

      {!parsed.success && (
        <p role="alert" className="card border-danger text-danger">
          {parsed.error.issues[0]?.message}
        </p>
      )}

      <nav aria-label="Filter by region">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href="/member-states"
              aria-current={region ? undefined : "page"}
              className={region ? "btn-secondary" : "btn-primary"}
            >
              All regions <span className="font-normal">({all.length})</span>
            </Link>
          </li>
          {REGIONS.map((r) => (
            <li key={r.id}>
              <Link
                href={`/member-states?region=${r.id}`}
                aria-current={region === r.id ? "page" : undefined}
                className={region === r.id ? "btn-primary" : "btn-secondary"}
              >
                {r.name} <span className="font-normal">({counts.get(r.id) ?? 0})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">
            {region ? `Member States in ${regionName(region)}` : "All ITU Member States"}
          </caption>
          <thead>
            <tr>
              <th scope="col">Member State</th>
              <th scope="col">ISO alpha-3</th>
              <th scope="col">ISO alpha-2</th>
              <th scope="col">BDT region</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.iso3}>
                <td className="font-medium">{s.name}</td>
                <td className="font-mono">{s.iso3}</td>
                <td className="font-mono">{s.iso2}</td>
                <td>{regionName(s.region)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
