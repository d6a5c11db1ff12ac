import { describe, expect, it } from "vitest";
import { openCycle, resultsCycle } from "./open-cycle";

describe("resultsCycle", () => {
  it("picks the open cycle", () => {
    expect(
      resultsCycle([
        { year: 2026, status: "closed" },
        { year: 2025, status: "open" },
        { year: 2024, status: "closed" },
      ]),
    ).toBe(2025);
  });

  it("picks the newest open cycle when several are open, whatever the order", () => {
    expect(
      resultsCycle([
        { year: 2024, status: "open" },
        { year: 2026, status: "open" },
        { year: 2025, status: "closed" },
      ]),
    ).toBe(2026);
  });

  it("falls back to the newest cycle when none is open, and to null when there is none", () => {
    expect(
      resultsCycle([
        { year: 2024, status: "closed" },
        { year: 2025, status: "closed" },
      ]),
    ).toBe(2025);
    expect(resultsCycle([])).toBeNull();
  });
});

describe("openCycle", () => {
  it("is the open cycle whatever the order, and null when every cycle is closed", () => {
    const cycles = [
      { year: 2024, status: "closed" as const },
      { year: 2026, status: "open" as const },
      { year: 2025, status: "closed" as const },
    ];
    expect(openCycle(cycles)).toBe(2026);
    expect(openCycle(cycles.map((c) => ({ ...c, status: "closed" as const })))).toBeNull();
    expect(resultsCycle(cycles.map((c) => ({ ...c, status: "closed" as const })))).toBe(2026);
  });
});
