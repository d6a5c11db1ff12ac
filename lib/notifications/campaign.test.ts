import { describe, expect, it } from "vitest";
import { campaignRates, statesPastDeadline, submissionRateSeries, type CampaignStateRow } from "./campaign";

const row = (
  iso3: string,
  region: string,
  status: string,
  extra: Partial<CampaignStateRow> = {},
): CampaignStateRow => ({
  iso3,
  region,
  status,
  startedAt: status === "not_started" ? null : new Date("2026-01-05T10:00:00Z"),
  firstSubmittedAt: null,
  lastActivityAt: null,
  extension: null,
  ...extra,
});

const rows = [
  row("KEN", "africa", "submitted", { firstSubmittedAt: new Date("2026-01-10T09:00:00Z") }),
  row("GHA", "africa", "draft"),
  row("NGA", "africa", "not_started"),
  row("SEN", "africa", "validated", { firstSubmittedAt: new Date("2026-01-12T23:30:00Z") }),
  row("FRA", "europe", "returned", { firstSubmittedAt: new Date("2026-01-11T08:00:00Z") }),
  row("DEU", "europe", "not_started", { extension: "2026-03-01" }),
];

describe("campaignRates", () => {
  it("counts responses and submissions per region and in total", () => {
    const { regions, total } = campaignRates(rows, ["africa", "europe", "cis"]);
    expect(regions[0]).toEqual({
      region: "africa",
      states: 4,
      responded: 3,
      submitted: 2,
      responseRate: 0.75,
      submissionRate: 0.5,
    });
    // A returned assessment has responded but waits to be submitted again.
    expect(regions[1]).toMatchObject({ states: 2, responded: 1, submitted: 0, submissionRate: 0 });
    expect(regions[2]).toMatchObject({ states: 0, responseRate: 0, submissionRate: 0 });
    expect(total).toMatchObject({ states: 6, responded: 4, submitted: 2 });
  });
});

describe("submissionRateSeries", () => {
  it("counts each state submitted now from the day of its first submission, through today", () => {
    const series = submissionRateSeries(
      rows,
      ["africa", "europe"],
      new Date("2026-01-09T12:00:00Z"),
      new Date("2026-01-13T06:00:00Z"),
    );
    expect(series.map((p) => p.day)).toEqual(["2026-01-09", "2026-01-10", "2026-01-11", "2026-01-12", "2026-01-13"]);
    expect(series.map((p) => p.values.africa)).toEqual([0, 0.25, 0.25, 0.5, 0.5]);
    // France was returned: it waits for its next submission and counts on no day, as in the rates table.
    expect(series.map((p) => p.values.europe)).toEqual([0, 0, 0, 0, 0]);
  });
  it("spaces a long campaign out and always ends today", () => {
    const series = submissionRateSeries(rows, ["africa"], new Date("2025-01-01"), new Date("2026-01-13"), 10);
    expect(series.length).toBeLessThanOrEqual(10);
    expect(series.at(-1)!.day).toBe("2026-01-13");
    expect(submissionRateSeries(rows, ["africa"], new Date("2026-02-01"), new Date("2026-01-13"))).toEqual([]);
  });
});

describe("statesPastDeadline", () => {
  it("lists states not submitted past their own or the cycle's deadline, most late first", () => {
    const late = statesPastDeadline(rows, "2026-01-31", new Date("2026-02-03T10:00:00Z"));
    expect(late.map((l) => [l.iso3, l.daysOverdue, l.deadline])).toEqual([
      ["FRA", 3, "2026-01-31"],
      ["GHA", 3, "2026-01-31"],
      ["NGA", 3, "2026-01-31"],
    ]);
    expect(statesPastDeadline(rows, null, new Date("2026-02-03"))).toEqual([]);
    expect(statesPastDeadline(rows, "2026-01-31", new Date("2026-03-05")).map((l) => l.iso3)).toContain("DEU");
  });
});
