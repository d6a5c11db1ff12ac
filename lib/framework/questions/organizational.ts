import type { IndicatorGroup, Question } from "../types";

/** Organizational pillar: national strategies and the organizations that implement them. */
export const ORGANIZATIONAL_GROUPS: IndicatorGroup[] = [
  {
    id: "organizational-strategy",
    pillar: "organizational",
    title: "National cybersecurity strategy",
    description:
      "A national cybersecurity strategy, incorporated into national ICT plans, with an implementation plan and the resources to carry it out.",
  },
  {
    id: "organizational-governance",
    pillar: "organizational",
    title: "Governance and priority",
    description:
      "A lead authority, coordination across government and political commitment that make cybersecurity a national priority.",
  },
  {
    id: "organizational-assessment",
    pillar: "organizational",
    title: "Measurement and self-assessment",
    description:
      "Use of the Global Cybersecurity Index and other self-assessment tools to measure progress and identify areas for improvement.",
  },
  {
    id: "organizational-child",
    pillar: "organizational",
    title: "Child online protection",
    description:
      "National policy, coordination and reporting mechanisms that protect children and young people online and defend their rights.",
  },
];

export const ORGANIZATIONAL_QUESTIONS: Question[] = [
  // ── National cybersecurity strategy ───────────────────────────────────────
  {
    id: "ORG-STR-01",
    pillar: "organizational",
    group: "organizational-strategy",
    outcome: "D.3-1",
    clauses: ["R45-CON-E", "R45-ALL-2"],
    text: "What is the status of the national cybersecurity strategy?",
    guidance:
      "The title of the strategy, the authority that adopted it, the date of adoption and a URL to the published text. A general ICT or digital strategy counts only if it has a distinct cybersecurity chapter with objectives and measures.",
    options: [
      { value: "none", label: "No strategy, and none in preparation", credit: 0 },
      { value: "drafting", label: "Being drafted", credit: 0.25 },
      { value: "draft-complete", label: "Draft complete and awaiting adoption", credit: 0.5 },
      { value: "adopted", label: "Adopted by the government and published", credit: 1 },
    ],
    weight: 3,
    evidenceRequired: true,
    recommendation: {
      action:
        "Adopt and publish a national cybersecurity strategy built around a national plan, public-private partnership, a sound legal foundation, an incident management capability and a culture of awareness, using the Guide to Developing a National Cybersecurity Strategy published by ITU and partners (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  },
  {
    id: "ORG-STR-02",
    pillar: "organizational",
    group: "organizational-strategy",
    outcome: "D.3-1",
    clauses: ["R45-CON-E"],
    text: "Is the national cybersecurity strategy accompanied by an implementation plan that assigns each measure to a responsible body with a deadline?",
    guidance:
      "The implementation plan or the annex of the strategy that lists measures, responsible bodies and deadlines, with its date of adoption.",
    options: [
      { value: "yes", label: "Yes, every measure has a responsible body and a deadline", credit: 1 },
      { value: "partial", label: "Some measures are assigned, or the plan is being prepared", credit: 0.5 },
      { value: "no", label: "No, or there is no strategy", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Accompany the national cybersecurity strategy with an implementation plan that assigns each measure to a responsible body with a deadline and indicators (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  },
  {
    id: "ORG-STR-03",
    pillar: "organizational",
    group: "organizational-strategy",
    outcome: "D.3-1",
    clauses: ["R45-ALL-2"],
    text: "Does the national ICT or digital development plan include explicit cybersecurity objectives or measures?",
    guidance:
      "The title and date of the national ICT or digital plan and the section that sets cybersecurity objectives or measures.",
    options: [
      { value: "yes", label: "Yes, with explicit objectives or measures", credit: 1 },
      { value: "partial", label: "Cybersecurity is mentioned without objectives or measures", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Incorporate cybersecurity objectives and measures into the national ICT or digital development plan, treating cybersecurity as a high-priority item (Resolution 45, invites Member States, Sector Members, Associates and Academia 2).",
      clause: "R45-ALL-2",
    },
  },
  {
    id: "ORG-STR-04",
    pillar: "organizational",
    group: "organizational-strategy",
    outcome: "D.3-1",
    clauses: ["R45-CON-E", "R45-NOT-C"],
    text: "Has the national cybersecurity strategy been adopted or revised in the last five years?",
    guidance: "The date of the current version of the strategy, or the decision that launched its revision.",
    options: [
      { value: "yes", label: "Yes, adopted or revised in the last five years", credit: 1 },
      { value: "in-progress", label: "The current version is older, but a revision is under way", credit: 0.5 },
      { value: "no", label: "No, or there is no strategy", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Review the national cybersecurity strategy at least every five years so that it addresses evolving and emerging threats beyond spam and malware (Resolution 45, noting c).",
      clause: "R45-NOT-C",
    },
  },
  {
    id: "ORG-STR-05",
    pillar: "organizational",
    group: "organizational-strategy",
    outcome: "D.3-1",
    clauses: ["R45-ALL-2", "R45-ALL-1"],
    text: "Does the national budget include a dedicated allocation for cybersecurity, such as for implementing the strategy or funding the national cybersecurity authority and CIRT?",
    guidance:
      "The budget line in the adopted budget law or a ministry's budget document (title, year and line), or a letter from the ministry of finance. Amounts need not be disclosed.",
    options: [
      { value: "recurrent", label: "Yes, a dedicated allocation in the national budget each year", credit: 1 },
      { value: "project", label: "Project or donor funding only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Provide a recurrent allocation in the national budget for cybersecurity, reflecting its status as a high-priority item (Resolution 45, invites Member States, Sector Members, Associates and Academia 2).",
      clause: "R45-ALL-2",
    },
  },

  // ── Governance and priority ───────────────────────────────────────────────
  {
    id: "ORG-GOV-01",
    pillar: "organizational",
    group: "organizational-governance",
    outcome: "D.3-1",
    clauses: ["R45-ALL-1", "R45-CON-E"],
    text: "Has a national authority been designated, by law or decree, as responsible for coordinating cybersecurity at national level?",
    guidance:
      "The name of the authority and the title, number and date of the law or decree that designates it, or a URL to the official text.",
    options: [
      { value: "yes", label: "Yes, designated by law or decree", credit: 1 },
      {
        value: "partial",
        label: "Responsibility is assigned informally or shared without a lead authority",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Designate by law or decree a national authority to coordinate cybersecurity and to lead the country's participation in implementing Resolution 45 (Resolution 45, invites Member States, Sector Members, Associates and Academia 1).",
      clause: "R45-ALL-1",
    },
  },
  {
    id: "ORG-GOV-02",
    pillar: "organizational",
    group: "organizational-governance",
    outcome: "D.3-1",
    clauses: ["R45-ALL-2"],
    text: "Is there a standing committee or council that coordinates cybersecurity across ministries and agencies and has met in the last twelve months?",
    guidance:
      "The instrument that created the committee, its membership, and the dates of its meetings in the last twelve months (minutes or official communiqués).",
    options: [
      { value: "yes", label: "Yes, and it has met in the last twelve months", credit: 1 },
      { value: "inactive", label: "It exists but has not met in the last twelve months", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Set up a standing interministerial committee on cybersecurity that meets regularly, so that action is coordinated at national level (Resolution 45, invites Member States, Sector Members, Associates and Academia 2).",
      clause: "R45-ALL-2",
    },
  },
  {
    id: "ORG-GOV-03",
    pillar: "organizational",
    group: "organizational-governance",
    outcome: "D.3-2",
    clauses: ["R45-CON-E", "R45-RCG-I"],
    text: "Is there an agreed procedure for cooperation between the national computer incident response team (CIRT) and law enforcement agencies, for example on referring cybercrime cases and preserving evidence during incident response?",
    guidance: "The title and date of the agreement, memorandum or procedure, and the bodies that signed or adopted it.",
    options: [
      { value: "yes", label: "Yes, a written procedure or agreement is in force", credit: 1 },
      { value: "informal", label: "Cooperation takes place informally only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Agree a written procedure between the national CIRT and law enforcement for referring cases and preserving evidence, linking incident management to the legal foundation (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  },
  {
    id: "ORG-GOV-04",
    pillar: "organizational",
    group: "organizational-governance",
    outcome: "D.3-1",
    clauses: ["R45-ALL-2", "R45-ALL-1"],
    text: "Is cybersecurity named as a priority in the government's programme or in an official policy statement by the head of state or head of government?",
    guidance:
      "The title and date of the government programme or policy statement and the passage that names cybersecurity as a priority, or a URL to it.",
    options: [
      { value: "yes", label: "Yes", credit: 1 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Recognize cybersecurity and countering spam as high-priority items in the government's programme, at the highest political level (Resolution 45, invites Member States, Sector Members, Associates and Academia 2).",
      clause: "R45-ALL-2",
    },
  },

  // ── Measurement and self-assessment ───────────────────────────────────────
  {
    id: "ORG-ASM-01",
    pillar: "organizational",
    group: "organizational-assessment",
    outcome: "D.3-1",
    clauses: ["R45-CON-N"],
    text: "Did the country respond, through a designated focal point, to the questionnaire of the most recent edition of the ITU Global Cybersecurity Index (GCI)?",
    guidance:
      "The GCI edition, the name and office of the focal point, and the confirmation of submission received from ITU.",
    options: [
      { value: "yes", label: "Yes, a response was submitted", credit: 1 },
      { value: "focal-point-only", label: "A focal point was designated, but no response was submitted", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Designate a GCI focal point and respond to each edition of the Global Cybersecurity Index, using it to assess the country's commitment and identify areas for improvement (Resolution 45, considering n).",
      clause: "R45-CON-N",
    },
  },
  {
    id: "ORG-ASM-02",
    pillar: "organizational",
    group: "organizational-assessment",
    outcome: "D.3-1",
    clauses: ["R45-CON-C"],
    text: "In the last five years, has the country carried out a structured assessment of its national cybersecurity capacity, for example with the voluntary self-assessment tool annexed to UN General Assembly Resolution 64/211, the Cybersecurity Capacity Maturity Model for Nations, or an ITU CIRT readiness assessment?",
    guidance:
      "The title and date of the assessment report and the body that carried it out; if the report is not public, a summary of its findings.",
    options: [
      { value: "yes", label: "Yes, in the last five years", credit: 1 },
      { value: "older", label: "Yes, but more than five years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Carry out a national self-assessment of cybersecurity efforts, using the voluntary self-assessment tool annexed to UN General Assembly Resolution 64/211 or an equivalent model (Resolution 45, considering c).",
      clause: "R45-CON-C",
    },
  },
  {
    id: "ORG-ASM-03",
    pillar: "organizational",
    group: "organizational-assessment",
    outcome: "D.3-1",
    clauses: ["R45-CON-N", "R45-CON-C"],
    text: "Has the government adopted measures that address the areas of potential growth identified in the country's most recent GCI results or national self-assessment?",
    guidance:
      "The document (action plan, strategy revision or government decision) that refers to the assessment and sets the measures taken in response.",
    options: [
      { value: "yes", label: "Yes, measures have been adopted", credit: 1 },
      { value: "partial", label: "Some areas are addressed, or measures are being prepared", credit: 0.5 },
      { value: "no", label: "No, or no assessment has been made", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Turn the areas of potential growth identified by the Global Cybersecurity Index into measures in the national action plan (Resolution 45, considering n).",
      clause: "R45-CON-N",
    },
  },

  // ── Child online protection ───────────────────────────────────────────────
  {
    id: "ORG-CHILD-01",
    pillar: "organizational",
    group: "organizational-child",
    outcome: "D.3-1",
    clauses: ["R45-REC-J", "R45-RCG-E"],
    text: "Has the country adopted a national strategy, policy or action plan on child online protection?",
    guidance:
      "The title, adopting authority and date of the document, with a URL to it. A broader child protection policy counts if it has a distinct section with measures on online risks.",
    options: [
      { value: "yes", label: "Yes, adopted", credit: 1 },
      {
        value: "partial",
        label: "A draft is awaiting adoption, or online risks are covered only briefly in a broader policy",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Adopt a national child online protection strategy, drawing on the ITU Guidelines on Child Online Protection and WTDC Resolution 67 (Resolution 45, recalling j).",
      clause: "R45-REC-J",
    },
  },
  {
    id: "ORG-CHILD-02",
    pillar: "organizational",
    group: "organizational-child",
    outcome: "D.3-1",
    clauses: ["R45-RCG-E", "R45-REC-J"],
    text: "Has a body been designated to lead and coordinate child online protection among government, industry, civil society and educators?",
    guidance:
      "The name of the body and the instrument that designates it, or the terms of reference of the coordinating group.",
    options: [
      { value: "yes", label: "Yes, designated and active", credit: 1 },
      { value: "partial", label: "Coordination takes place informally, without a designated lead", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Designate a lead body for child online protection that brings together government, industry, civil society and educators, with the best interests of the child as a key consideration (Resolution 45, recognizing e).",
      clause: "R45-RCG-E",
    },
  },
  {
    id: "ORG-CHILD-03",
    pillar: "organizational",
    group: "organizational-child",
    outcome: "D.3-2",
    clauses: ["R45-RCG-E"],
    text: "Is there a hotline or online reporting service where the public can report child sexual abuse material found online, with reports passed to law enforcement and hosting providers for removal?",
    guidance:
      "The name and URL of the hotline or reporting portal and the body that runs it. Membership of the INHOPE network of hotlines, or an international reporting portal opened for the country, also counts.",
    options: [
      { value: "yes", label: "Yes, operating and connected to law enforcement", credit: 1 },
      {
        value: "police-only",
        label: "Reports can be made to the police only, without a dedicated service",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Open a national hotline or reporting portal for child sexual abuse material, linked to law enforcement and to the international network of hotlines (Resolution 45, recognizing e).",
      clause: "R45-RCG-E",
    },
  },
  {
    id: "ORG-CHILD-04",
    pillar: "organizational",
    group: "organizational-child",
    outcome: "D.3-3",
    clauses: ["R45-RCG-E", "R45-REC-J"],
    text: "Have the main telecommunication operators and Internet service providers adopted commitments on child online protection, for example based on the ITU Guidelines for industry on child online protection?",
    guidance:
      "The published commitments, codes or policies of the providers concerned, or an agreement between the providers and the government, with URLs.",
    options: [
      { value: "most", label: "Yes, the providers serving most subscribers", credit: 1 },
      { value: "some", label: "Some providers only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Work with operators and Internet service providers to adopt child online protection commitments based on the ITU Guidelines for industry, as WTDC Resolution 67 encourages (Resolution 45, recalling j).",
      clause: "R45-REC-J",
    },
  },
];
