import { RES45_BA2017_V1 } from "./res45-ba2017-v1";
import { withPoints } from "./points";
import type { Framework } from "./types";
import { CAPACITY_GROUPS_V2, CAPACITY_QUESTIONS_V2 } from "./v2/capacity";
import { COOPERATION_GROUPS_V2, COOPERATION_QUESTIONS_V2 } from "./v2/cooperation";
import { LEGAL_GROUPS_V2, LEGAL_QUESTIONS_V2 } from "./v2/legal";
import { ORGANIZATIONAL_GROUPS_V2, ORGANIZATIONAL_QUESTIONS_V2 } from "./v2/organizational";
import { TECHNICAL_GROUPS_V2, TECHNICAL_QUESTIONS_V2 } from "./v2/technical";

/**
 * Version 2 of the questionnaire: the v1 content reviewed question by question (one fact per question,
 * shared answer ladders listed best first, corrected clause citations) plus the GCI content v1 lacked
 * (government CIRT, CIRT services, mutual legal assistance, identity theft and online fraud, awareness for
 * older persons and persons with disabilities, bilateral and multilateral agreements apart). Every question
 * carries `points`, derived from the weights (lib/framework/points.ts). lib/framework/crosswalk.ts maps it
 * from v1.
 */
export const RES45_BA2017_V2: Framework = withPoints({
  id: "res45-ba2017-v2",
  version: "2.0",
  title: "Resolution 45, Rev. Buenos Aires 2017 as proposed (questionnaire version 2)",
  pillars: structuredClone(RES45_BA2017_V1.pillars),
  outcomes: structuredClone(RES45_BA2017_V1.outcomes),
  tiers: structuredClone(RES45_BA2017_V1.tiers),
  groups: [
    ...LEGAL_GROUPS_V2,
    ...TECHNICAL_GROUPS_V2,
    ...ORGANIZATIONAL_GROUPS_V2,
    ...CAPACITY_GROUPS_V2,
    ...COOPERATION_GROUPS_V2,
  ],
  questions: [
    ...LEGAL_QUESTIONS_V2,
    ...TECHNICAL_QUESTIONS_V2,
    ...ORGANIZATIONAL_QUESTIONS_V2,
    ...CAPACITY_QUESTIONS_V2,
    ...COOPERATION_QUESTIONS_V2,
  ],
});
