import { CAPACITY_GROUPS, CAPACITY_QUESTIONS } from "./questions/capacity";
import { COOPERATION_GROUPS, COOPERATION_QUESTIONS } from "./questions/cooperation";
import { LEGAL_GROUPS, LEGAL_QUESTIONS } from "./questions/legal";
import { ORGANIZATIONAL_GROUPS, ORGANIZATIONAL_QUESTIONS } from "./questions/organizational";
import { TECHNICAL_GROUPS, TECHNICAL_QUESTIONS } from "./questions/technical";
import type { Framework } from "./types";

/**
 * Version 1 of the questionnaire: WTDC Resolution 45 as revised in Brazil's proposal to WTDC-17
 * (Buenos Aires, 2017), organized by the five pillars of the ITU Global Cybersecurity Index and the
 * cybersecurity outcomes of ITU-D Objective D.3. Assessments store this id; once published, questions
 * are never changed in meaning — a new version gets a new id.
 */
export const RES45_BA2017_V1: Framework = {
  id: "res45-ba2017-v1",
  version: "1.0",
  title: "Resolution 45, Rev. Buenos Aires 2017 as proposed",
  pillars: [
    {
      id: "legal",
      name: "Legal",
      description: "Laws and regulations on cybercrime and cybersecurity.",
      weight: 1,
    },
    {
      id: "technical",
      name: "Technical",
      description:
        "Technical capabilities through national and sector agencies, such as computer incident response teams, standards and the protection of infrastructure.",
      weight: 1,
    },
    {
      id: "organizational",
      name: "Organizational",
      description: "National strategies and the organizations that implement them.",
      weight: 1,
    },
    {
      id: "capacity",
      name: "Capacity development",
      description: "Awareness, training, education, research and incentives that build cybersecurity capacity.",
      weight: 1,
    },
    {
      id: "cooperation",
      name: "Cooperation",
      description: "Partnerships on cybersecurity between agencies, companies and countries.",
      weight: 1,
    },
  ],
  outcomes: [
    {
      id: "D.3-1",
      name: "Policies, strategies and legislation",
      description:
        "Strengthened capacity of Member States to incorporate and implement cybersecurity policies and strategies into nationwide ICT plans, as well as appropriate legislation.",
    },
    {
      id: "D.3-2",
      name: "Timely response to cyberthreats",
      description: "Enhanced ability of Member States to respond to cyberthreats in a timely manner.",
    },
    {
      id: "D.3-3",
      name: "Cooperation and know-how transfer",
      description:
        "Enhanced cooperation, information exchange and know-how transfer among Member States and with relevant players.",
    },
  ],
  tiers: [
    { level: 1, name: "Role-modelling", minScore: 95 },
    { level: 2, name: "Advancing", minScore: 85 },
    { level: 3, name: "Establishing", minScore: 55 },
    { level: 4, name: "Evolving", minScore: 20 },
    { level: 5, name: "Building", minScore: 0 },
  ],
  groups: [...LEGAL_GROUPS, ...TECHNICAL_GROUPS, ...ORGANIZATIONAL_GROUPS, ...CAPACITY_GROUPS, ...COOPERATION_GROUPS],
  questions: [
    ...LEGAL_QUESTIONS,
    ...TECHNICAL_QUESTIONS,
    ...ORGANIZATIONAL_QUESTIONS,
    ...CAPACITY_QUESTIONS,
    ...COOPERATION_QUESTIONS,
  ],
};
