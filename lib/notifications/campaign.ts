/**
 * The campaign view for BDT: how many states of each region have answered (started their assessment) and
 * submitted, over time and now, and who is late. Pure: built from one row per Member State.
 */
import { daysLeft, effectiveDeadline, isoDay } from "./deadlines";

export interface CampaignStateRow {
  iso3: string;
  region: string;
  /** The assessment's status; "not_started" when the state has none in the cycle. */
  status: string;
  /** When the state first saved an answer (its assessment was created); null: not started. */
  startedAt: Date | null;
  /** When the state first submitted in this cycle; null: never. */
  firstSubmittedAt: Date | null;
  /** The last change to its assessment, or null. */
  lastActivityAt: Date | null;
  /** The state's own deadline (an extension), or null. */
  extension: string | null;
}

export interface RegionRates {
  region: string;
  states: number;
  responded: number;
  submitted: number;
  /** Shares from 0 to 1; 0 for a region without states. */
  responseRate: number;
  submissionRate: number;
}

/** Submitted means submitted now or later validated; a returned assessment waits for its next submission. */
export function isSubmitted(status: string): boolean {
  return status === "submitted" || status === "validated";
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function ratesOf(region: string, rows: readonly CampaignStateRow[]): RegionRates {
  const responded = rows.filter((r) => r.status !== "not_started").length;
  const submitted = rows.filter((r) => isSubmitted(r.status)).length;
  return {
    region,
    states: rows.length,
    responded,
    submitted,
    responseRate: rate(responded, rows.length),
    submissionRate: rate(submitted, rows.length),
  };
}

/** One row per region (in the order given) and the total over all states, as they stand now. */
export function campaignRates(
  rows: readonly CampaignStateRow[],
  regions: readonly string[],
): { regions: RegionRates[]; total: RegionRates } {
  return {
    regions: regions.map((region) =>
      ratesOf(
        region,
        rows.filter((r) => r.region === region),
      ),
    ),
    total: ratesOf("total", rows),
  };
}

export interface RatePoint {
  /** ISO day. */
  day: string;
  /** Submission rate (0–1) of each region by the end of that day, keyed by region id. */
  values: Record<string, number>;
}

const DAY_MS = 86_400_000;

/**
 * Each region's submission rate by the end of each day from `from` to `now`, at most `maxPoints` points: over a
 * long campaign the days are spaced out evenly, and the last point is always today. The states counted are
 * those submitted now, each from its first submission, so that today's point is the rate the table gives (a
 * returned assessment waits for its next submission and counts on no day).
 */
export function submissionRateSeries(
  rows: readonly CampaignStateRow[],
  regions: readonly string[],
  from: Date,
  now: Date,
  maxPoints = 60,
): RatePoint[] {
  const first = Date.parse(`${isoDay(from)}T00:00:00Z`);
  const last = Date.parse(`${isoDay(now)}T00:00:00Z`);
  if (last < first) return [];
  const span = Math.round((last - first) / DAY_MS);
  const step = Math.max(1, Math.ceil(span / Math.max(1, maxPoints - 1)));
  const days: number[] = [];
  for (let d = last; d >= first; d -= step * DAY_MS) days.unshift(d);
  const byRegion = new Map(regions.map((region) => [region, rows.filter((r) => r.region === region)]));
  return days.map((d) => {
    const endOfDay = d + DAY_MS;
    const values: Record<string, number> = {};
    for (const [region, states] of byRegion) {
      const done = states.filter(
        (s) => isSubmitted(s.status) && s.firstSubmittedAt !== null && s.firstSubmittedAt.getTime() < endOfDay,
      );
      values[region] = rate(done.length, states.length);
    }
    return { day: new Date(d).toISOString().slice(0, 10), values };
  });
}

export interface LateState {
  iso3: string;
  region: string;
  status: string;
  deadline: string;
  daysOverdue: number;
}

/** States not submitted whose deadline (their own, else the cycle's) has passed, the latest first. */
export function statesPastDeadline(
  rows: readonly CampaignStateRow[],
  cycleDeadline: string | null,
  now: Date,
): LateState[] {
  return rows
    .flatMap((r) => {
      const deadline = effectiveDeadline(cycleDeadline, r.extension);
      if (!deadline || isSubmitted(r.status)) return [];
      const left = daysLeft(deadline, now);
      return left < 0 ? [{ iso3: r.iso3, region: r.region, status: r.status, deadline, daysOverdue: -left }] : [];
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.iso3.localeCompare(b.iso3));
}
