import "server-only";
import type { Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";
import {
  MAP_SIZE,
  matchMemberStates,
  projectCountries,
  type MapShape,
  type MemberShape,
} from "@/lib/analysis/world-map";
import { MEMBER_STATES } from "@/lib/reference";

let shapes: { members: MemberShape[]; others: MapShape[] } | undefined;

/**
 * The map's shapes, projected once per server process (and once at build for
 * /world-shapes.json): the browser receives path strings only, never the
 * TopoJSON or d3-geo.
 */
export function worldShapes(): { members: MemberShape[]; others: MapShape[] } {
  shapes ??= matchMemberStates(
    projectCountries(countries as unknown as Topology, "countries", MAP_SIZE),
    MEMBER_STATES,
  );
  return shapes;
}
