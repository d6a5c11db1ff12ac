import { COOPERATION_GROUPS } from "../questions/cooperation";
import type { IndicatorGroup, Question } from "../types";
import { added, continued } from "./build";
import { FORMALITY, PARTICIPATION, RECENCY, SCOPE } from "./ladders";

export const COOPERATION_GROUPS_V2: IndicatorGroup[] = structuredClone(COOPERATION_GROUPS);

export const COOPERATION_QUESTIONS_V2: Question[] = [
  continued("COP-INT-01", {
    ladder: PARTICIPATION,
    weight: 2,
    text: "Has the country concluded a bilateral agreement or memorandum of understanding (MoU) on cybersecurity cooperation with another country?",
    guidance:
      "The other party, title and date of signature of each bilateral agreement or MoU, or a URL to the official announcement. Agreements among three or more countries are asked about in the next question.",
  }),
  added({
    id: "COP-INT-09",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-3",
    clauses: ["R45-SG-1", "R45-RES-2"],
    text: "Is the country a party to a multilateral (regional or international) agreement or MoU on cybersecurity cooperation among three or more countries, other than a cybercrime convention?",
    guidance:
      "The name of the agreement or MoU, the organization or group of countries concerned and the date the country joined it, with a URL. Cybercrime conventions are asked about in the legal pillar.",
    ladder: PARTICIPATION,
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Join regional or international cooperation agreements on cybersecurity, using ITU's analysis of existing MoUs and cooperation mechanisms to find where the country is not yet covered (Resolution 45, invites the Secretary-General 1).",
      clause: "R45-SG-1",
    },
  }),
  continued("COP-INT-02", { weight: 1 }),
  continued("COP-INT-03", { ladder: PARTICIPATION, weight: 2 }),
  continued("COP-INT-04", { ladder: PARTICIPATION, weight: 2 }),
  continued("COP-INT-05", { ladder: RECENCY, weight: 2 }),
  continued("COP-INT-06", { ladder: RECENCY, weight: 1 }),
  continued("COP-INT-07", { ladder: FORMALITY, weight: 1 }),
  continued("COP-INT-08", {
    ladder: FORMALITY,
    weight: 3,
    text: "Has the country agreed arrangements with other countries for rapid cooperation during major cross-border incidents?",
    guidance:
      "The agreement, regional mechanism or network that sets the arrangement, and the country's designated contact point (title, date or URL).",
  }),

  continued("COP-PPP-01", { ladder: FORMALITY, weight: 3 }),
  continued("COP-PPP-02", { ladder: FORMALITY, weight: 2 }),
  continued("COP-PPP-03", { ladder: SCOPE, weight: 1 }),
  continued("COP-PPP-04", { ladder: FORMALITY, weight: 1 }),
];
