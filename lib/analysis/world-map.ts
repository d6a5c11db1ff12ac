/**
 * The world map's shapes: Natural Earth countries (world-atlas TopoJSON)
 * projected to SVG paths, each matched to an ITU Member State by its ISO 3166-1
 * numeric code. Built once on the server; the browser gets only path strings.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface MapShape {
  /** ISO 3166-1 numeric code as a number; null for the few shapes Natural Earth gives none (e.g. Kosovo). */
  numeric: number | null;
  /** Natural Earth's short name, for shapes that are not Member States. */
  label: string;
  d: string;
  /** Where a tooltip for the shape points to, in map coordinates. */
  anchor: [number, number];
}

export interface MemberShape extends MapShape {
  iso3: string;
}

/** The map's coordinate space (its SVG viewBox). */
export const MAP_SIZE = { width: 960, height: 470 } as const;

/** What the browser draws: each Member State's path and tooltip anchor, and the other land as plain paths. */
export interface DrawnMap {
  members: { iso3: string; d: string; anchor: [number, number] }[];
  others: string[];
}

/** The shapes as the browser needs them: no names or codes it does not use. */
export function drawnMap(shapes: { members: readonly MemberShape[]; others: readonly MapShape[] }): DrawnMap {
  return {
    members: shapes.members.map(({ iso3, d, anchor }) => ({ iso3, d, anchor })),
    others: shapes.others.map((o) => o.d),
  };
}

/** Antarctica has no Member State and takes a sixth of the height: it is left off. */
const ANTARCTICA = 10;

export function projectCountries(
  topology: Topology,
  objectName: string,
  size: { width: number; height: number },
): MapShape[] {
  const collection = topology.objects[objectName] as GeometryCollection<{ name?: string }> | undefined;
  if (!collection) throw new Error(`The topology has no object "${objectName}"`);
  const countries = (feature(topology, collection) as { features: Feature<Geometry, { name?: string }>[] }).features
    .map((f) => ({ f, numeric: f.id === undefined || f.id === null ? null : Number(f.id) }))
    .filter(({ numeric }) => numeric !== ANTARCTICA);
  const projection = geoEqualEarth().fitSize([size.width, size.height], {
    type: "FeatureCollection",
    features: countries.map(({ f }) => f),
  });
  // One decimal is a tenth of a pixel at the map's size: enough, and it keeps the page small.
  const path = geoPath(projection).digits(1);
  return countries.map(({ f, numeric }) => {
    const [x, y] = path.centroid(f);
    return {
      numeric: Number.isFinite(numeric) ? numeric : null,
      label: f.properties?.name ?? "",
      d: path(f) ?? "",
      anchor: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
    };
  });
}

/**
 * Splits the shapes into Member States (matched by numeric code; world-atlas
 * ids are zero-padded strings, so they are compared as numbers) and the rest
 * (territories and areas that are not Member States, drawn as plain land).
 */
export function matchMemberStates(
  shapes: readonly MapShape[],
  members: readonly { iso3: string; numeric: string }[],
): { members: MemberShape[]; others: MapShape[] } {
  const iso3ByNumeric = new Map(members.map((m) => [Number(m.numeric), m.iso3]));
  const matched: MemberShape[] = [];
  const others: MapShape[] = [];
  for (const s of shapes) {
    const iso3 = s.numeric === null ? undefined : iso3ByNumeric.get(s.numeric);
    if (iso3) matched.push({ ...s, iso3 });
    else others.push(s);
  }
  return { members: matched, others };
}
