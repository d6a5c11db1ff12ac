import { describe, expect, it } from "vitest";
import { formatCompletion, formatCredit, formatScoreChange } from "./format";

describe("formatScoreChange", () => {
  it("signs a rise with + and a fall with a true minus sign, two decimals", () => {
    expect(formatScoreChange(3.254)).toBe("+3.25");
    expect(formatScoreChange(-1.5)).toBe("\u22121.50");
  });

  it("rounds half up in both directions, like formatScore", () => {
    expect(formatScoreChange(12.124999999999998)).toBe("+12.13");
    expect(formatScoreChange(-12.124999999999998)).toBe("\u221212.13");
  });

  it("shows ±0.00 for a change that rounds to zero", () => {
    expect(formatScoreChange(0)).toBe("±0.00");
    expect(formatScoreChange(-0.004)).toBe("±0.00");
  });
});

describe("formatCompletion", () => {
  it("shows whole percentages, rounded down", () => {
    expect(formatCompletion(0.6)).toBe("60 %");
    expect(formatCompletion(0.996)).toBe("99 %");
    expect(formatCompletion(1)).toBe("100 %");
    expect(formatCompletion(0)).toBe("0 %");
  });

  it("does not lose a percent to floating-point noise", () => {
    expect(formatCompletion(29 / 100)).toBe("29 %");
    expect(formatCompletion(57 / 100)).toBe("57 %");
  });
});

describe("formatCredit", () => {
  it("shows a credit without trailing zeros", () => {
    expect(formatCredit(1)).toBe("1");
    expect(formatCredit(0.5)).toBe("0.5");
    expect(formatCredit(0.25)).toBe("0.25");
    expect(formatCredit(0.3)).toBe("0.3");
    expect(formatCredit(0.125)).toBe("0.125");
    expect(formatCredit(0.6 * 0.5)).toBe("0.3");
    expect(formatCredit(0)).toBe("0");
  });
});
