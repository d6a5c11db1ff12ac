import { resultsCycle } from "@/lib/results/open-cycle";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { listCycles } from "@/db/queries/cycles";
import { listReviewQueue } from "@/db/queries/review";
import { ASSESSMENT_STATUSES, STATUS_LABELS, type AssessmentStatus } from "@/lib/assessment/status";
import { REGIONS, regionName } from "@/lib/reference/regions";
import { formatScore } from "@/lib/scoring";
import { FilterChips } from "@/app/_components/filter-chips";
import { NoticePanel } from "@/app/_components/notice-panel";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageActor } from "@/app/_lib/session";

export const metadata: Metadata = { title: "Review" };

const querySchema = z.object({
  cycle: z.coerce.number().int().optional().catch(undefined),
  status: z.enum(ASSESSMENT_STATUSES).optional().catch(undefined),
  region: z.string().optional(),
});

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePageActor("/review");
  if (actor.role === "focal_point") {
    return (
      <NoticePanel title="This page is for BDT staff" action={{ href: "/assessment", label: "Go to your assessment" }}>
        BDT analysts review the assessments Member States submit.
      </NoticePanel>
    );
  }
  const query = querySchema.parse(await searchParams);
  const cycles = await listCycles();
  const cycle = query.cycle ?? resultsCycle(cycles) ?? undefined;
  if (cycle === undefined)
    return <NoticePanel title="No assessment cycle yet">An administrator opens the first cycle.</NoticePanel>;
  const rows = await listReviewQueue(actor, cycle);
  const counts = new Map<AssessmentStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const shown = rows.filter(
    (r) => (!query.status || r.status === query.status) && (!query.region || r.region === query.region),
  );
  const href = (change: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ cycle, status: query.status, region: query.region, ...change }))
      if (v !== undefined) params.set(k, String(v));
    return `/review?${params}`;
  };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">BDT review</p>
        <h1 className="text-display font-bold">Assessments of the {cycle} cycle</h1>
        <p className="text-muted">
          Open a submitted assessment to validate it or return it to its focal points with comments. Drafts stay with
          their Member State until submitted.
        </p>
      </header>
      <div className="card space-y-3 p-4">
        <FilterChips
          label="Cycle"
          current={String(cycle)}
          options={cycles.map((c) => ({
            value: String(c.year),
            label: `${c.year}${c.status === "open" ? " (open)" : ""}`,
          }))}
          hrefFor={(v) => href({ cycle: v })}
        />
        <FilterChips
          label="Status"
          current={query.status}
          options={[
            { value: undefined, label: `All (${rows.length})` },
            ...ASSESSMENT_STATUSES.map((s) => ({ value: s, label: `${STATUS_LABELS[s]} (${counts.get(s) ?? 0})` })),
          ]}
          hrefFor={(v) => href({ status: v })}
        />
        <FilterChips
          label="Region"
          current={query.region}
          options={[{ value: undefined, label: "All" }, ...REGIONS.map((r) => ({ value: r.id, label: r.name }))]}
          hrefFor={(v) => href({ region: v })}
        />
      </div>
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">Assessments of the {cycle} cycle</caption>
          <thead>
            <tr>
              <th scope="col">Member State</th>
              <th scope="col">Region</th>
              <th scope="col">Status</th>
              <th scope="col">Completion</th>
              <th scope="col">Overall</th>
              <th scope="col">Tier</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.iso3}>
                <td className="font-medium">{r.name}</td>
                <td>{regionName(r.region)}</td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td>{Math.round(r.completion * 100)}%</td>
                <td>{r.overall === null ? "—" : formatScore(r.overall)}</td>
                <td>{r.tier ?? "—"}</td>
                <td className="whitespace-nowrap">
                  {r.status === "submitted" ? (
                    <Link href={`/states/${r.iso3}/${cycle}/review`} className="btn-primary">
                      Review
                    </Link>
                  ) : r.status === "returned" || r.status === "validated" ? (
                    <Link href={`/states/${r.iso3}/${cycle}/review`}>Answers</Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="p-6 text-center text-muted">No assessment matches these filters.</p>}
      </div>
    </div>
  );
}
