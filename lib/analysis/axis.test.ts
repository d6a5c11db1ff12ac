import { describe, expect, it } from "vitest";
import { axisTicks, countAxis } from "./axis";

describe("score axis ticks", () => {
  it("steps by 10, or by 5 on a short axis, from the first round value", () => {
    expect(axisTicks([0, 100])).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(axisTicks([30, 60])).toEqual([30, 35, 40, 45, 50, 55, 60]);
    expect(axisTicks([30, 70])).toEqual([30, 40, 50, 60, 70]);
    expect(axisTicks([32, 58])).toEqual([35, 40, 45, 50, 55]);
  });
});

describe("count axis", () => {
  it("rounds the largest count up to a step that gives a few round ticks", () => {
    expect(countAxis(28)).toEqual({ domain: [0, 30], ticks: [0, 5, 10, 15, 20, 25, 30] });
    expect(countAxis(39)).toEqual({ domain: [0, 40], ticks: [0, 10, 20, 30, 40] });
    expect(countAxis(9)).toEqual({ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] });
    expect(countAxis(4)).toEqual({ domain: [0, 4], ticks: [0, 1, 2, 3, 4] });
  });

  it("has an axis to 1 when there is nothing to count", () => {
    expect(countAxis(0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it("keeps to about six ticks for large counts", () => {
    const { domain, ticks } = countAxis(193);
    expect(domain[1]).toBeGreaterThanOrEqual(193);
    expect(ticks.length).toBeLessThanOrEqual(7);
  });
});
