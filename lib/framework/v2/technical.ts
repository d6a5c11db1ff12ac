import { TECHNICAL_GROUPS } from "../questions/technical";
import type { IndicatorGroup, Question } from "../types";
import { added, continued } from "./build";
import { BINDING, FREQUENCY, REACH, RECENCY, STAGE, YES_NO } from "./ladders";

export const TECHNICAL_GROUPS_V2: IndicatorGroup[] = structuredClone(TECHNICAL_GROUPS).map((g) =>
  g.id === "technical-cirt"
    ? {
        ...g,
        title: "CIRTs and incident response",
        description:
          "The national and government computer incident response teams, the services they offer, and a national framework for rapid response to major incidents, with an action plan to prevent and mitigate them.",
      }
    : g,
);

const cirt = { pillar: "technical", group: "technical-cirt", outcome: "D.3-2", evidenceRequired: true } as const;

export const TECHNICAL_QUESTIONS_V2: Question[] = [
  continued("TEC-CIRT-01", {
    ladder: STAGE,
    weight: 3,
    guidance:
      "For a CIRT in operation: its name, website and published contact details for reporting incidents. For a CIRT established but not yet operating, or in preparation: the instrument that establishes it, the readiness assessment report or the project document for its design (the phases of the ITU CIRT programme).",
  }),
  added({
    ...cirt,
    id: "TEC-CIRT-08",
    clauses: ["R45-CON-E", "R45-MS-1"],
    text: "Can the national CIRT be reached to handle incidents 24 hours a day, 7 days a week?",
    guidance:
      "The published 24/7 contact (telephone number or address) or the CIRT's published on-call arrangement. Answer No if there is no national CIRT.",
    ladder: YES_NO,
    weight: 1,
    recommendation: {
      action:
        "Bring the national CIRT to round-the-clock availability, with a published 24/7 contact, so that the country can respond rapidly to major incidents (Resolution 45, invites Member States 1).",
      clause: "R45-MS-1",
    },
  }),
  continued("TEC-CIRT-02", { ladder: STAGE, weight: 1 }),
  added({
    ...cirt,
    id: "TEC-CIRT-09",
    clauses: ["R45-REC-I", "R45-CON-E"],
    text: "Is there a government CIRT, which handles incidents affecting the information systems of government bodies, either as a team of its own or as a designated service of the national CIRT?",
    guidance:
      "The name of the government CIRT (or of the national CIRT's government service), the instrument that establishes or designates it, and its website or contact details for government bodies.",
    ladder: STAGE,
    weight: 2,
    recommendation: {
      action:
        "Establish a government CIRT, or designate a government service of the national CIRT, to handle incidents affecting government bodies, as WTDC Resolution 69 encourages (Resolution 45, recalling i).",
      clause: "R45-REC-I",
    },
  }),
  added({
    ...cirt,
    id: "TEC-CIRT-10",
    clauses: ["R45-CON-E"],
    text: "Can members of the public and organizations report a cybersecurity incident to the national CIRT through a published channel, such as a web form, an e-mail address or a telephone number?",
    guidance: "The URL of the reporting form or the published address or number, on the CIRT's website.",
    ladder: YES_NO,
    weight: 1,
    recommendation: {
      action:
        "Publish a channel through which the public and organizations can report incidents to the national CIRT, as part of the country's incident management capability (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  }),
  added({
    ...cirt,
    id: "TEC-CIRT-11",
    clauses: ["R45-CON-E", "R45-ALL-4"],
    text: "Has the national CIRT or another national body published a coordinated vulnerability disclosure policy, under which anyone can report a security vulnerability so that it is fixed before it is made public?",
    guidance:
      "The URL of the published policy, with the body that publishes it and the channel for reports. A policy that covers only one organization's own systems does not count.",
    ladder: YES_NO,
    weight: 1,
    recommendation: {
      action:
        "Publish a national coordinated vulnerability disclosure policy, so that researchers, vendors and the CIRT work together to fix vulnerabilities before they are exploited (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  }),
  continued("TEC-CIRT-07", {
    ladder: FREQUENCY,
    weight: 1,
    text: "Does the national CIRT issue early warnings, security alerts and advisories through a public channel that the public and organizations can use to protect themselves?",
  }),
  continued("TEC-CIRT-03", { ladder: STAGE, weight: 3, clauses: ["R45-MS-1", "R45-CON-E"] }),
  continued("TEC-CIRT-04", { ladder: STAGE, weight: 1 }),
  continued("TEC-CIRT-05", { ladder: RECENCY, weight: 1 }),
  continued("TEC-CIRT-06", { weight: 1 }),

  continued("TEC-CII-01", { weight: 2 }),
  continued("TEC-CII-02", { ladder: STAGE, weight: 1 }),
  continued("TEC-CII-03", { ladder: BINDING, weight: 2 }),
  continued("TEC-CII-04", { ladder: RECENCY, weight: 1 }),
  continued("TEC-CII-05", { ladder: RECENCY, weight: 1 }),

  continued("TEC-SPM-01", { ladder: REACH, weight: 1 }),
  continued("TEC-SPM-02", { weight: 1 }),
  continued("TEC-SPM-03", { weight: 1 }),
  continued("TEC-SPM-04", { ladder: REACH, weight: 1 }),

  continued("TEC-THR-01", { ladder: RECENCY, weight: 1 }),
  continued("TEC-THR-02", {
    ladder: FREQUENCY,
    weight: 1,
    text: "Does the national CIRT or another body notify Internet service providers of infected devices in their networks (for example devices that are part of a botnet)?",
  }),
  continued("TEC-THR-03", { weight: 1 }),

  continued("TEC-STD-01", {
    ladder: BINDING,
    weight: 1,
    clauses: ["R45-MS-2"],
    recommendation: {
      action:
        "Adopt a mandatory security baseline for public bodies' information systems, based on recognized international standards, as part of the national capabilities to protect critical infrastructures (Resolution 45, invites Member States 2).",
      clause: "R45-MS-2",
    },
  }),
  continued("TEC-STD-02", { weight: 1 }),
  continued("TEC-STD-03", { ladder: BINDING, weight: 1 }),
];
