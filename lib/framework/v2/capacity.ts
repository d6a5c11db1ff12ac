import { CAPACITY_GROUPS } from "../questions/capacity";
import type { IndicatorGroup, Question } from "../types";
import { added, continued } from "./build";
import { PROGRAMME, RECENCY, SCOPE, STUDY, YES_NO } from "./ladders";

export const CAPACITY_GROUPS_V2: IndicatorGroup[] = structuredClone(CAPACITY_GROUPS).map((g) =>
  g.id === "capacity-awareness"
    ? {
        ...g,
        description:
          "Public awareness programmes that promote a culture of cybersecurity among citizens and businesses, and among groups at particular risk: children, parents and educators, older persons and persons with disabilities.",
      }
    : g,
);

const awr = { pillar: "capacity", group: "capacity-awareness", outcome: "D.3-1", evidenceRequired: true } as const;

export const CAPACITY_QUESTIONS_V2: Question[] = [
  continued("CAP-AWR-01", { ladder: RECENCY, weight: 2 }),
  continued("CAP-AWR-02", { ladder: PROGRAMME, weight: 2 }),
  continued("CAP-AWR-03", { ladder: RECENCY, weight: 1 }),
  continued("CAP-AWR-04", {
    ladder: PROGRAMME,
    weight: 2,
    guidance:
      "The name of the programme and the body that runs it, with its materials or website and the schools or regions it reaches.",
  }),
  added({
    ...awr,
    id: "CAP-AWR-05",
    clauses: ["R45-RES-1"],
    text: "Is there an awareness programme that helps older persons use the Internet safely, for example to recognize online fraud and protect their accounts?",
    guidance:
      "The name of the programme and the body that runs it (a ministry, regulator, CIRT, library network or association of older persons), with its materials or website and a list of recent sessions.",
    ladder: PROGRAMME,
    weight: 1,
    recommendation: {
      action:
        "Run a continuing awareness programme for older persons on the safe use of the Internet and on recognizing online fraud, so that the culture of cybersecurity reaches every age group (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  }),
  added({
    ...awr,
    id: "CAP-AWR-06",
    clauses: ["R45-RES-1"],
    text: "Is there a cybersecurity awareness programme for persons with disabilities, with materials in accessible formats such as screen-reader compatible web pages, captioned videos, sign language or easy-to-read versions?",
    guidance:
      "The URLs of the accessible materials and the body that publishes them, or the accessibility statement of the awareness website.",
    ladder: PROGRAMME,
    weight: 1,
    recommendation: {
      action:
        "Publish cybersecurity awareness materials in accessible formats and run sessions with organizations of persons with disabilities, so that the culture of cybersecurity includes everyone (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  }),

  continued("CAP-TRN-01", { weight: 2 }),
  continued("CAP-TRN-02", { weight: 2 }),
  continued("CAP-TRN-03", {
    ladder: SCOPE,
    weight: 2,
    text: "In the last two years, which of these groups have received training on cybercrime and electronic evidence: police investigators, prosecutors and judges?",
  }),
  continued("CAP-TRN-04", { ladder: STUDY, weight: 1 }),
  continued("CAP-TRN-05", { weight: 1 }),

  continued("CAP-EMT-01", { ladder: STUDY, weight: 1 }),
  continued("CAP-EMT-02", { ladder: STUDY, weight: 1 }),
  continued("CAP-EMT-03", {
    weight: 2,
    clauses: ["R45-BDT-2"],
    recommendation: {
      action:
        "Fund national research and development in cybersecurity, and share its results with ITU-D studies on the cybersecurity needs of developing countries and emerging trends (Resolution 45, instructs the Director of BDT 2).",
      clause: "R45-BDT-2",
    },
  }),
  continued("CAP-EMT-04", { weight: 1, clauses: ["R45-CON-E", "R45-ALL-2"] }),
  continued("CAP-EMT-05", { ladder: YES_NO, weight: 1 }),
];
