import "server-only";
import { asc, eq } from "drizzle-orm";
import type { RegionId } from "@/lib/reference";
import { getDb } from "../index";
import { memberStates } from "../schema";

export interface MemberStateSummary {
  iso3: string;
  iso2: string;
  name: string;
  region: string;
}

export async function listMemberStates(filter: { region?: RegionId } = {}): Promise<MemberStateSummary[]> {
  const db = await getDb();
  return db
    .select({
      iso3: memberStates.iso3,
      iso2: memberStates.iso2,
      name: memberStates.nameEn,
      region: memberStates.region,
    })
    .from(memberStates)
    .where(filter.region ? eq(memberStates.region, filter.region) : undefined)
    .orderBy(asc(memberStates.nameEn));
}

export async function countMemberStatesByRegion(): Promise<Record<string, number>> {
  const rows = await listMemberStates();
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.region] = (counts[r.region] ?? 0) + 1;
  return counts;
}

export async function getMemberStateName(iso3: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ name: memberStates.nameEn }).from(memberStates).where(eq(memberStates.iso3, iso3));
  return row?.name ?? null;
}
