import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES, MEMBER_STATES, REGION_IDS } from "./index";

describe("ITU Member States reference data", () => {
  it("lists the 193 Member States once each", () => {
    expect(MEMBER_STATES).toHaveLength(193);
    expect(new Set(MEMBER_STATES.map((s) => s.iso3)).size).toBe(193);
    expect(new Set(MEMBER_STATES.map((s) => s.iso2)).size).toBe(193);
    expect(new Set(MEMBER_STATES.map((s) => s.numeric)).size).toBe(193);
  });

  it("places each state in its BDT region with the published counts", () => {
    const counts: Record<string, number> = {};
    for (const s of MEMBER_STATES) counts[s.region] = (counts[s.region] ?? 0) + 1;
    expect(counts).toEqual({
      africa: 44,
      americas: 35,
      "arab-states": 21,
      "asia-pacific": 38,
      cis: 9,
      europe: 46,
    });
    for (const s of MEMBER_STATES) expect(REGION_IDS).toContain(s.region);
  });

  it("puts the states that ITU-D counts with the Arab States outside Africa", () => {
    const region = (iso3: string) => MEMBER_STATES.find((s) => s.iso3 === iso3)?.region;
    for (const iso3 of ["COM", "DJI", "MRT", "SOM", "SDN"]) expect(region(iso3)).toBe("arab-states");
    expect(MEMBER_STATES.find((s) => s.iso3 === "PSE")).toBeUndefined();
    expect(MEMBER_STATES.find((s) => s.iso3 === "PLW")).toBeUndefined();
  });

  it("has well-formed codes and a name in each of the six ITU languages", () => {
    for (const s of MEMBER_STATES) {
      expect(s.iso3).toMatch(/^[A-Z]{3}$/);
      expect(s.iso2).toMatch(/^[A-Z]{2}$/);
      expect(s.numeric).toMatch(/^\d{3}$/);
      for (const lang of LANGUAGE_CODES) expect(s.names[lang].length).toBeGreaterThan(1);
    }
    const kenya = MEMBER_STATES.find((s) => s.iso3 === "KEN");
    expect(kenya?.names).toMatchObject({
      en: "Kenya",
      fr: "Kenya",
      es: "Kenya",
      ru: "Кения",
      zh: "肯尼亚",
      ar: "كينيا",
    });
  });
});
