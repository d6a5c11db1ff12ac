import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";
import { MEMBER_STATES } from "../reference";
import { drawnMap, MAP_SIZE, matchMemberStates, projectCountries } from "./world-map";

const topology = countries as unknown as Topology;

describe("world map shapes", () => {
  const shapes = projectCountries(topology, "countries", { width: 960, height: 470 });

  it("projects every country but Antarctica into the map's box", () => {
    // countries-110m has 177 shapes, Antarctica among them.
    expect(shapes).toHaveLength(176);
    expect(shapes.some((s) => s.numeric === 10)).toBe(false);
    for (const s of shapes) {
      expect(s.d).toMatch(/^M[\d.-]+,[\d.-]+/);
      expect(s.anchor[0]).toBeGreaterThanOrEqual(0);
      expect(s.anchor[0]).toBeLessThanOrEqual(960);
      expect(s.anchor[1]).toBeGreaterThanOrEqual(0);
      expect(s.anchor[1]).toBeLessThanOrEqual(470);
    }
  });

  it("matches Member States by numeric code, compared as numbers", () => {
    const { members, others } = matchMemberStates(shapes, MEMBER_STATES);
    const kenya = members.find((m) => m.iso3 === "KEN");
    expect(kenya?.numeric).toBe(404);
    // Angola's code is "024" in both sources: zero-padding must not matter.
    expect(members.find((m) => m.iso3 === "AGO")?.numeric).toBe(24);
    expect(new Set(members.map((m) => m.iso3)).size).toBe(members.length);
    expect(members.length).toBeGreaterThan(160);
    expect(others.map((o) => o.label)).toEqual(expect.arrayContaining(["Greenland", "W. Sahara", "Kosovo"]));
    expect(others.find((o) => o.label === "Kosovo")?.numeric).toBeNull();
  });

  it("matches a numeric code given without zero-padding too", () => {
    const { members } = matchMemberStates(shapes, [{ iso3: "AGO", numeric: "24" }]);
    expect(members.map((m) => m.iso3)).toEqual(["AGO"]);
  });
});

describe("the map the browser draws", () => {
  it("keeps each state's path and anchor, and only the paths of the other land", () => {
    const shapes = matchMemberStates(projectCountries(topology, "countries", MAP_SIZE), MEMBER_STATES);
    const drawn = drawnMap(shapes);
    const kenya = shapes.members.find((m) => m.iso3 === "KEN")!;
    expect(drawn.members.find((m) => m.iso3 === "KEN")).toEqual({ iso3: "KEN", d: kenya.d, anchor: kenya.anchor });
    expect(drawn.members).toHaveLength(shapes.members.length);
    expect(drawn.others).toEqual(shapes.others.map((o) => o.d));
    // Rounded to a tenth of a pixel: no coordinate carries more than one decimal.
    expect(JSON.stringify(drawn)).not.toMatch(/\d\.\d\d/);
  });
});
