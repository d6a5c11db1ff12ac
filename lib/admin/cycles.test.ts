import { describe, expect, it } from "vitest";
import { cycleYearInputSchema } from "./cycles.validation";
import { checkCloseCycle, checkOpenNewCycle, checkReopenCycle, suggestedNextYear, type CycleState } from "./cycles";

const current: CycleState[] = [
  { year: 2026, status: "open" },
  { year: 2025, status: "closed" },
  { year: 2024, status: "closed" },
];
const allClosed: CycleState[] = current.map((c) => ({ ...c, status: "closed" }));

describe("cycle year", () => {
  it("accepts whole years from 2000 to 2100 only", () => {
    for (const year of [2000, 2027, 2100]) expect(cycleYearInputSchema.safeParse({ year }).success).toBe(true);
    for (const year of [1999, 2101, 2026.5, Number.NaN, "2027", null]) {
      const result = cycleYearInputSchema.safeParse({ year });
      expect(result.error?.issues[0]?.message).toBe("validation.cycle_year");
    }
  });
});

describe("opening a new cycle", () => {
  it("refuses a year that already has a cycle", () => {
    expect(checkOpenNewCycle(allClosed, 2025)).toEqual({
      ok: false,
      code: "validation.cycle_exists",
      params: { year: 2025 },
    });
  });

  it("refuses while another cycle is open, naming it", () => {
    expect(checkOpenNewCycle(current, 2027)).toEqual({
      ok: false,
      code: "conflict.another_cycle_open",
      params: { open: 2026, year: 2027 },
    });
  });

  it("opens a new year once every cycle is closed, and on an empty database", () => {
    expect(checkOpenNewCycle(allClosed, 2027)).toEqual({ ok: true });
    expect(checkOpenNewCycle([], 2027)).toEqual({ ok: true });
  });
});

describe("closing and reopening", () => {
  it("closes only an open cycle that exists", () => {
    expect(checkCloseCycle(current, 2026)).toEqual({ ok: true });
    expect(checkCloseCycle(current, 2025)).toEqual({
      ok: false,
      code: "conflict.cycle_already_closed",
      params: { year: 2025 },
    });
    expect(checkCloseCycle(current, 2030)).toEqual({ ok: false, code: "not_found.cycle", params: { cycle: 2030 } });
  });

  it("reopens a closed cycle only when no other cycle is open", () => {
    expect(checkReopenCycle(current, 2025)).toEqual({
      ok: false,
      code: "conflict.another_cycle_open_reopen",
      params: { open: 2026, year: 2025 },
    });
    expect(checkReopenCycle(allClosed, 2025)).toEqual({ ok: true });
    expect(checkReopenCycle(current, 2026)).toEqual({
      ok: false,
      code: "conflict.cycle_already_open",
      params: { year: 2026 },
    });
    expect(checkReopenCycle(current, 1999)).toEqual({ ok: false, code: "not_found.cycle", params: { cycle: 1999 } });
  });
});

describe("suggested year", () => {
  it("is the year after the newest cycle, or this year when there is none", () => {
    const now = new Date(Date.UTC(2026, 5, 1));
    expect(suggestedNextYear(current, now)).toBe(2027);
    expect(suggestedNextYear([], now)).toBe(2026);
    expect(suggestedNextYear([{ year: 2100, status: "closed" }], now)).toBe(2100);
  });
});
