import type { IndicatorGroup, Question } from "../types";

/** Cooperation pillar: partnerships between agencies, companies and countries. */
export const COOPERATION_GROUPS: IndicatorGroup[] = [
  {
    id: "cooperation-international",
    pillar: "cooperation",
    title: "International cooperation",
    description:
      "Agreements, memberships and participation in regional and global initiatives that let the country share information and respond to incidents across borders.",
  },
  {
    id: "cooperation-ppp",
    pillar: "cooperation",
    title: "Public-private partnership",
    description: "Partnerships on cybersecurity between government, the private sector, academia and civil society.",
  },
];

export const COOPERATION_QUESTIONS: Question[] = [
  // ── International cooperation ─────────────────────────────────────────────
  {
    id: "COP-INT-01",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-3",
    clauses: ["R45-SG-1"],
    text: "Has the country signed a bilateral or multilateral agreement or memorandum of understanding (MoU) on cybersecurity cooperation with other countries?",
    guidance:
      "The parties, title and date of signature of each agreement or MoU, or a URL to the official announcement.",
    options: [
      { value: "yes", label: "Yes, at least one is in force", credit: 1 },
      { value: "negotiating", label: "Under negotiation", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Conclude cybersecurity cooperation agreements or MoUs with other countries, using ITU's analysis of existing MoUs and cooperation mechanisms to identify where new ones are needed (Resolution 45, invites the Secretary-General 1).",
      clause: "R45-SG-1",
    },
  },
  {
    id: "COP-INT-02",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-3",
    clauses: ["R45-SG-1"],
    text: "Does the government keep an up-to-date record of its cybersecurity agreements and MoUs with other countries, showing the status, scope and application of each?",
    guidance:
      "Self-reported. Name the body that keeps the record and the date of its last update; an extract may be attached.",
    options: [
      { value: "yes", label: "Yes, with status, scope and application of each", credit: 1 },
      { value: "list-only", label: "A list exists, without status or application", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: false,
    recommendation: {
      action:
        "Keep a record of cybersecurity agreements and MoUs with their status, scope and application, so that the country can identify whether additional agreements or mechanisms are required (Resolution 45, invites the Secretary-General 1).",
      clause: "R45-SG-1",
    },
  },
  {
    id: "COP-INT-03",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-3",
    clauses: ["R45-SG-2", "R45-REC-I"],
    text: "Is the national computer incident response team (CIRT) a member of FIRST, the Forum of Incident Response and Security Teams?",
    guidance:
      "The team's entry in the FIRST member directory (URL), or the application and sponsors if membership is pending.",
    options: [
      { value: "member", label: "Yes, a member", credit: 1 },
      { value: "applying", label: "Membership application under way", credit: 0.5 },
      { value: "no", label: "No, or there is no national CIRT", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Bring the national CIRT into FIRST, the global forum of incident response teams, to gain trusted contacts for incident handling (Resolution 45, invites the Secretary-General 2).",
      clause: "R45-SG-2",
    },
  },
  {
    id: "COP-INT-04",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-3",
    clauses: ["R45-SG-2", "R45-RES-2", "R45-REC-I"],
    text: "Is the national CIRT a member of a regional community of incident response teams, such as APCERT, AfricaCERT, OIC-CERT, TF-CSIRT or the CSIRT Americas network of the Organization of American States (OAS)?",
    guidance: "The name of the regional community and the team's entry in its member list (URL).",
    options: [
      { value: "member", label: "Yes, a member", credit: 1 },
      { value: "applying", label: "Membership application under way", credit: 0.5 },
      { value: "no", label: "No, or there is no national CIRT", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Bring the national CIRT into the regional community of incident response teams, such as APCERT, AfricaCERT or the OAS network, and share information through it (Resolution 45, invites the Secretary-General 2).",
      clause: "R45-SG-2",
    },
  },
  {
    id: "COP-INT-05",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-3",
    clauses: ["R45-SG-2", "R45-BDT-5"],
    text: "In the last two years, has the national CIRT taken part in a regional or international cyber exercise, such as an ITU regional cyberdrill?",
    guidance:
      "The name, organizer and date of the exercise, with the participant list or a certificate of participation.",
    options: [
      { value: "yes", label: "Yes, in the last two years", credit: 1 },
      { value: "older", label: "Yes, but more than two years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Take part each year in a regional or international cyber exercise, such as the ITU regional cyberdrills, to test cross-border incident response (Resolution 45, invites the Secretary-General 2).",
      clause: "R45-SG-2",
    },
  },
  {
    id: "COP-INT-06",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-3",
    clauses: ["R45-BDT-1", "R45-ALL-1", "R45-RES-2"],
    text: "In the last two years, have national delegates taken part in ITU-D meetings on cybersecurity, such as meetings of ITU-D Study Group 2 on Question 3/2 or ITU regional cybersecurity forums?",
    guidance: "The name and dates of each meeting and the delegates' names as shown in the ITU participant list.",
    options: [
      { value: "yes", label: "Yes, in the last two years", credit: 1 },
      { value: "older", label: "Yes, but more than two years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Send national delegates to ITU-D meetings on ways and means to enhance cybersecurity, and share the country's experience there (Resolution 45, instructs the Director of BDT 1).",
      clause: "R45-BDT-1",
    },
  },
  {
    id: "COP-INT-07",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-3",
    clauses: ["R45-REC-G"],
    text: "Does the authority that enforces anti-spam rules cooperate with its counterparts in other countries, for example through an MoU or membership of the Unsolicited Communications Enforcement Network (UCENet)?",
    guidance: "The MoU or network membership (title, parties, date or URL), or examples of joint cases.",
    options: [
      { value: "formal", label: "Yes, through an MoU or network membership", credit: 1 },
      { value: "case-by-case", label: "Case-by-case cooperation only", credit: 0.5 },
      { value: "no", label: "No, or there is no such authority", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Join international cooperation among anti-spam enforcement authorities, through MoUs or networks such as UCENet, as WTSA Resolution 52 and Recommendation ITU-T X.1240 advise (Resolution 45, recalling g).",
      clause: "R45-REC-G",
    },
  },
  {
    id: "COP-INT-08",
    pillar: "cooperation",
    group: "cooperation-international",
    outcome: "D.3-2",
    clauses: ["R45-BDT-5", "R45-MS-1", "R45-CON-J"],
    text: "Has the country agreed arrangements with other countries for rapid cooperation during major cross-border incidents, with designated points of contact available at all times?",
    guidance:
      "The agreement, regional mechanism or network that sets the arrangement, and the designated contact point (title, date or URL).",
    options: [
      { value: "yes", label: "Yes, formal arrangements with contact points available 24/7", credit: 1 },
      { value: "informal", label: "Informal contacts only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Join or establish, with other developing countries and with BDT assistance, a framework allowing rapid response to major cross-border incidents, with contact points available at all times (Resolution 45, instructs the Director of BDT 5).",
      clause: "R45-BDT-5",
    },
  },

  // ── Public-private partnership ────────────────────────────────────────────
  {
    id: "COP-PPP-01",
    pillar: "cooperation",
    group: "cooperation-ppp",
    outcome: "D.3-3",
    clauses: ["R45-CON-E"],
    text: "Is there a formal public-private partnership on cybersecurity, such as a national forum or council in which government and private sector organizations work together under agreed terms?",
    guidance:
      "The name of the partnership, its terms of reference or founding agreement, its members and the date of its last meeting.",
    options: [
      { value: "yes", label: "Yes, formal and active", credit: 1 },
      { value: "informal", label: "Informal or occasional cooperation only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Establish a formal public-private partnership on cybersecurity with agreed terms of reference, as a core element of the national cybersecurity programme (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  },
  {
    id: "COP-PPP-02",
    pillar: "cooperation",
    group: "cooperation-ppp",
    outcome: "D.3-3",
    clauses: ["R45-CON-E", "R45-MS-2"],
    text: "Do critical infrastructure operators and Internet service providers exchange information on threats and incidents with the national CIRT through a formal arrangement, such as an information sharing and analysis centre (ISAC)?",
    guidance: "The name of the arrangement or ISAC, its members and its terms of reference or membership rules.",
    options: [
      { value: "yes", label: "Yes, a formal arrangement in at least one sector", credit: 1 },
      { value: "informal", label: "Informal exchanges only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Set up formal information-sharing arrangements, such as sectoral ISACs, between the national CIRT and critical infrastructure operators (Resolution 45, invites Member States 2).",
      clause: "R45-MS-2",
    },
  },
  {
    id: "COP-PPP-03",
    pillar: "cooperation",
    group: "cooperation-ppp",
    outcome: "D.3-1",
    clauses: ["R45-CON-E"],
    text: "Were the private sector, academia and civil society formally consulted during the preparation of the national cybersecurity strategy?",
    guidance:
      "The public consultation notice, the list of consultation workshops or the section of the strategy that describes the consultation.",
    options: [
      { value: "yes", label: "Yes, all three were consulted", credit: 1 },
      { value: "partial", label: "Only some of them were consulted", credit: 0.5 },
      { value: "no", label: "No, or there is no strategy", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Consult the private sector, academia and civil society formally when preparing or revising the national cybersecurity strategy (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  },
  {
    id: "COP-PPP-04",
    pillar: "cooperation",
    group: "cooperation-ppp",
    outcome: "D.3-3",
    clauses: ["R45-ALL-1", "R45-CON-E"],
    text: "Does the government have a formal partnership with universities or companies on cybersecurity training or research, such as a joint programme, laboratory or scholarship scheme?",
    guidance: "The title, parties and date of the partnership agreement, or a URL describing the joint programme.",
    options: [
      { value: "yes", label: "Yes, at least one formal partnership", credit: 1 },
      { value: "informal", label: "Informal cooperation only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Build formal partnerships with academia and industry on cybersecurity training and research, so that they take an active part in implementing Resolution 45 (Resolution 45, invites Member States, Sector Members, Associates and Academia 1).",
      clause: "R45-ALL-1",
    },
  },
];
