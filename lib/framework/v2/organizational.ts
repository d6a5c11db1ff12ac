import { ORGANIZATIONAL_GROUPS } from "../questions/organizational";
import type { IndicatorGroup, Question } from "../types";
import { continued } from "./build";
import { FORMALITY, REACH, RECENCY, SCOPE, STAGE, YES_NO } from "./ladders";

export const ORGANIZATIONAL_GROUPS_V2: IndicatorGroup[] = structuredClone(ORGANIZATIONAL_GROUPS);

export const ORGANIZATIONAL_QUESTIONS_V2: Question[] = [
  continued("ORG-STR-01", {
    ladder: STAGE,
    weight: 3,
    guidance:
      "The title of the strategy, the authority that adopted it, the date of adoption and a URL to the published text; for a draft, its title and status. A general ICT or digital strategy counts only if it has a distinct cybersecurity chapter with objectives and measures.",
  }),
  continued("ORG-STR-02", {
    ladder: SCOPE,
    weight: 2,
    text: "Does an adopted implementation plan assign each measure of the national cybersecurity strategy to a responsible body with a deadline?",
  }),
  continued("ORG-STR-03", { weight: 1, clauses: ["R45-CON-E", "R45-ALL-2"] }),
  continued("ORG-STR-04", {
    ladder: RECENCY,
    weight: 1,
    clauses: ["R45-CON-E"],
    recommendation: {
      action:
        "Review the national cybersecurity strategy at least every five years, so that the national plan keeps pace with evolving threats (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  }),
  continued("ORG-STR-05", { weight: 2, clauses: ["R45-CON-E", "R45-ALL-2"] }),

  continued("ORG-GOV-01", { ladder: FORMALITY, weight: 2 }),
  continued("ORG-GOV-02", { weight: 1, clauses: ["R45-CON-E", "R45-ALL-2"] }),
  continued("ORG-GOV-03", { ladder: FORMALITY, weight: 2 }),
  continued("ORG-GOV-04", { ladder: YES_NO, weight: 1, clauses: ["R45-RES-1", "R45-ALL-2"] }),

  continued("ORG-ASM-01", { weight: 1 }),
  continued("ORG-ASM-02", { ladder: RECENCY, weight: 2 }),
  continued("ORG-ASM-03", {
    ladder: SCOPE,
    weight: 1,
    text: "Has the government adopted measures for each of the areas of potential growth identified in the country's most recent GCI results or national self-assessment?",
  }),

  continued("ORG-CHILD-01", { ladder: STAGE, weight: 2 }),
  continued("ORG-CHILD-02", { ladder: FORMALITY, weight: 1 }),
  continued("ORG-CHILD-03", { weight: 2 }),
  continued("ORG-CHILD-04", { ladder: REACH, weight: 1 }),
];
