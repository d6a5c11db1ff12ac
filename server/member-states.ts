import "server-only";
import { countMemberStatesByRegion, getMemberStateName, listMemberStates } from "@/db/queries/member-states";

/** The Member States and their BDT regions are public reference data: no actor is needed to read them. */
export { countMemberStatesByRegion, getMemberStateName, listMemberStates };
export type { MemberStateSummary } from "@/db/queries/member-states";
