import { LEGAL_GROUPS } from "../questions/legal";
import type { IndicatorGroup, Question } from "../types";
import { added, continued } from "./build";
import { BINDING, LAW_SCOPE, PARTICIPATION, STAGE } from "./ladders";

export const LEGAL_GROUPS_V2: IndicatorGroup[] = structuredClone(LEGAL_GROUPS);

const cyb = { pillar: "legal", group: "legal-cybercrime", outcome: "D.3-1", evidenceRequired: true } as const;

export const LEGAL_QUESTIONS_V2: Question[] = [
  continued("LEG-CYB-01", {
    ladder: LAW_SCOPE,
    weight: 3,
    text: "Which of these attacks on computer data and systems are criminal offences under law in force: unauthorized access to a computer system, illegal interception of computer data, and interference with data or systems (damaging, deleting or disrupting them)?",
  }),
  continued("LEG-CYB-02", { ladder: LAW_SCOPE, weight: 2, clauses: ["R45-RCG-I", "R45-CON-E"] }),
  continued("LEG-CYB-03", {
    ladder: STAGE,
    weight: 1,
    guidance:
      "The provision of the law of evidence or criminal procedure that admits electronic evidence (title, number and date, or a URL). Admission by court practice alone, without such a provision, counts as No.",
  }),
  continued("LEG-CYB-04", { ladder: LAW_SCOPE, weight: 2 }),
  continued("LEG-CYB-05", { ladder: STAGE, weight: 1 }),
  continued("LEG-CYB-06", { ladder: LAW_SCOPE, weight: 2 }),
  added({
    ...cyb,
    id: "LEG-CYB-09",
    clauses: ["R45-RCG-I"],
    text: "Does the criminal law make it an offence to obtain, transfer or use another person's identity information by means of a computer system, without right, in order to commit a crime (identity theft)?",
    guidance:
      "The title, number and date of the law and the article that defines the offence, with a reference to the official gazette or a URL to the official text. A general fraud or forgery offence counts only if it expressly covers identity information used by means of a computer system.",
    ladder: STAGE,
    weight: 1,
    recommendation: {
      action:
        "Make identity theft committed by means of computer systems a criminal offence, so that the authorities can deal with this form of cybercrime (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  }),
  added({
    ...cyb,
    id: "LEG-CYB-10",
    clauses: ["R45-RCG-I"],
    text: "Does the criminal law make it an offence to cause another person a loss of property by entering, changing or deleting computer data, or by interfering with a computer system, with intent to gain an economic benefit (online or computer-related fraud)?",
    guidance:
      "The title, number and date of the law and the article that defines the offence, with a reference to the official gazette or a URL to the official text. A general fraud offence counts only if its wording covers fraud committed by means of computer data or systems.",
    ladder: STAGE,
    weight: 2,
    recommendation: {
      action:
        "Make computer-related fraud a criminal offence with proportionate penalties, as one of the forms of cybercrime that the country must be able to deal with (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  }),
  added({
    ...cyb,
    id: "LEG-CYB-11",
    outcome: "D.3-3",
    clauses: ["R45-RCG-I", "R45-ALL-2"],
    text: "Does the law allow the authorities to request and provide mutual legal assistance in cybercrime investigations, including the expedited preservation and disclosure of computer data at the request of another State?",
    guidance:
      "The title, number and date of the law on mutual legal assistance or of the provisions of the cybercrime or criminal procedure law that apply to foreign requests, with a URL to the official text. Assistance given case by case, without a legal basis, counts as No.",
    ladder: STAGE,
    weight: 2,
    recommendation: {
      action:
        "Provide by law for mutual legal assistance in cybercrime matters, including the expedited preservation and disclosure of computer data for other States, so that cybercrime can be dealt with across borders (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  }),
  continued("LEG-CYB-07", {
    ladder: PARTICIPATION,
    weight: 1,
    clauses: ["R45-RCG-I", "R45-ALL-2"],
    recommendation: {
      action:
        "Join a regional or international instrument on cybercrime, so that investigators can obtain evidence and assistance from other countries and deal effectively with cybercrime (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  }),
  continued("LEG-CYB-08", {
    ladder: STAGE,
    weight: 2,
    text: "Has a specialised unit dedicated to investigating cybercrime been established in the police or another law enforcement agency?",
    guidance:
      "The instrument that created the unit (decree, order or official organization chart) and the unit's name; a published contact point or activity report of the unit is also accepted.",
  }),

  continued("LEG-PRV-01", { ladder: STAGE, weight: 2 }),
  continued("LEG-PRV-02", { ladder: STAGE, weight: 1 }),
  continued("LEG-PRV-03", {
    ladder: BINDING,
    weight: 1,
    guidance:
      "The article that sets the obligation and its deadline, or the notification procedure published by the data protection authority. An obligation without a set deadline, or for some sectors only, counts as partial.",
  }),
  continued("LEG-PRV-04", { weight: 1 }),

  continued("LEG-SPR-01", { ladder: BINDING, weight: 2 }),
  continued("LEG-SPR-02", {
    ladder: BINDING,
    weight: 2,
    guidance:
      "The provision that sets the obligation, its deadline and the body to be notified, or the notification form or procedure published by the regulator or the CIRT. An obligation without a set deadline, or for some providers only, counts as partial.",
  }),
  continued("LEG-SPR-03", { ladder: BINDING, weight: 1 }),
  continued("LEG-SPR-04", { weight: 1 }),
];
