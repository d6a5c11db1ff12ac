import type { ErrorCode } from "../errors";
import { regionName } from "../reference/regions";

/**
 * ITU-D sources differ on these states' region (CIS or Europe), which is why the
 * region is data an administrator can change rather than code.
 */
export const STATES_WITH_CONTESTED_REGION = ["GEO", "MDA", "UKR"] as const;

export interface RegionMoveRefusal {
  code: Extract<ErrorCode, "validation.region_unchanged">;
  params: { state: string; region: string };
}

/** Why a move is refused, or null: moving a state to the region it is in already changes nothing. */
export function regionMoveRefusal(stateName: string, from: string, to: string): RegionMoveRefusal | null {
  return from === to
    ? { code: "validation.region_unchanged", params: { state: stateName, region: regionName(to) } }
    : null;
}
