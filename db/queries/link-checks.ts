import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { LinkCheck, LinkProblem } from "@/lib/evidence/link-check";
import { evidenceLinkChecks } from "../schema/index";
import { rowsOf } from "../rows";
import type { Executor } from "../transaction";

type LinkCheckRow = typeof evidenceLinkChecks.$inferSelect;

function toLinkCheck(row: LinkCheckRow): LinkCheck {
  return {
    url: row.url,
    checkedAt: row.checkedAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    status: row.status,
    unreachableSince: row.unreachableSince?.toISOString() ?? null,
    problem: row.problem as LinkProblem | null,
  };
}

/**
 * Evidence URLs of the open cycles' assessments that were never probed or were probed before `checkedBefore`,
 * never-probed first, then the oldest probe.
 */
export async function listDueLinkUrls(ex: Executor, checkedBefore: Date, limit: number): Promise<string[]> {
  const result = await ex.execute(sql`
    select e.url
    from answers a
    join assessments s on s.id = a.assessment_id
    join cycles c on c.year = s.cycle and c.status = 'open'
    cross join lateral jsonb_array_elements_text(a.evidence) as e(url)
    left join evidence_link_checks k on k.url = e.url
    where k.url is null or k.checked_at < ${checkedBefore.toISOString()}::timestamptz
    group by e.url, k.checked_at
    order by k.checked_at asc nulls first, e.url
    limit ${limit}`);
  return rowsOf<{ url: string }>(result).map((r) => r.url);
}

/**
 * Claims URLs for a probe: a URL is claimed by whoever moves its `checked_at` first, so that several app
 * servers never probe the same URL in the same round. Returns the claimed URLs' records as they were before
 * the probe (a URL never probed has neither answer nor failure yet).
 */
export async function claimLinkUrls(
  ex: Executor,
  urls: string[],
  checkedBefore: Date,
  now: Date,
): Promise<LinkCheck[]> {
  if (urls.length === 0) return [];
  const rows = await ex
    .insert(evidenceLinkChecks)
    .values(urls.map((url) => ({ url, checkedAt: now })))
    .onConflictDoUpdate({
      target: evidenceLinkChecks.url,
      set: { checkedAt: now },
      setWhere: sql`${evidenceLinkChecks.checkedAt} < ${checkedBefore.toISOString()}::timestamptz`,
    })
    .returning();
  return rows.map(toLinkCheck);
}

/** Stores what a probe found. */
export async function saveLinkCheck(ex: Executor, check: LinkCheck): Promise<void> {
  const values = {
    checkedAt: new Date(check.checkedAt),
    answeredAt: check.answeredAt ? new Date(check.answeredAt) : null,
    status: check.status,
    unreachableSince: check.unreachableSince ? new Date(check.unreachableSince) : null,
    problem: check.problem,
  };
  await ex
    .insert(evidenceLinkChecks)
    .values({ url: check.url, ...values })
    .onConflictDoUpdate({ target: evidenceLinkChecks.url, set: values });
}

/** The records of the given URLs (those never probed are left out). */
export async function listLinkChecks(ex: Executor, urls: string[]): Promise<LinkCheck[]> {
  if (urls.length === 0) return [];
  const rows = await ex.select().from(evidenceLinkChecks).where(inArray(evidenceLinkChecks.url, urls));
  return rows.map(toLinkCheck);
}
