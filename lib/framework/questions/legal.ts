import type { IndicatorGroup, Question } from "../types";

/** Legal pillar: laws and regulations on cybercrime and cybersecurity. */
export const LEGAL_GROUPS: IndicatorGroup[] = [
  {
    id: "legal-cybercrime",
    pillar: "legal",
    title: "Cybercrime legislation and enforcement",
    description:
      "Laws that define offences committed against or by means of computer systems, give the authorities the powers to investigate and prosecute them, and the bodies that enforce them.",
  },
  {
    id: "legal-privacy",
    pillar: "legal",
    title: "Privacy and personal data protection",
    description:
      "Laws and institutions that protect privacy and personal data, and the safeguards that keep cybersecurity measures consistent with human rights.",
  },
  {
    id: "legal-providers",
    pillar: "legal",
    title: "Obligations of service providers",
    description:
      "Rules set by law, regulation or licence that require telecommunication/ICT service providers to manage security risks, keep their services running and notify security infringements, and the regulator's power to enforce them.",
  },
];

export const LEGAL_QUESTIONS: Question[] = [
  // ── Cybercrime legislation and enforcement ────────────────────────────────
  {
    id: "LEG-CYB-01",
    pillar: "legal",
    group: "legal-cybercrime",
    outcome: "D.3-1",
    clauses: ["R45-RCG-I", "R45-CON-E"],
    text: "Is a law in force that makes attacks on computer data and systems criminal offences, such as unauthorized access to a computer system, illegal interception of computer data, and damaging or disrupting data or systems?",
    guidance:
      "The title, number and date of the law and the articles that define the offences, with a reference to its publication in the official gazette or a URL to the official text. Provisions of the general penal code count if they expressly cover computer data and systems.",
    options: [
      { value: "yes", label: "Yes, adopted and in force", credit: 1 },
      { value: "partial", label: "A draft law has been prepared and is awaiting adoption", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 3,
    evidenceRequired: true,
    recommendation: {
      action:
        "Adopt legislation that makes offences against computer data and systems, including the spreading of viruses and worms and denial-of-service attacks, criminal offences with proportionate penalties (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  },
  {
    id: "LEG-CYB-02",
    pillar: "legal",
    group: "legal-cybercrime",
    outcome: "D.3-1",
    clauses: ["R45-CON-E", "R45-RCG-A"],
    text: "Does the law give investigators specific procedural powers over computer data, namely the expedited preservation of stored data, orders to produce data and the search and seizure of stored data?",
    guidance:
      "The title, number and date of the law or code of criminal procedure and the article that sets out each power. General search and seizure powers that do not mention computer data count as partial.",
    options: [
      { value: "yes", label: "Yes, all three powers are in force", credit: 1 },
      {
        value: "partial",
        label: "Some of these powers are in force, or a draft law is awaiting adoption",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Give investigators, by law, the powers to preserve, obtain and seize computer data, subject to judicial authorization, as part of the sound legal foundation of the national cybersecurity programme (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  },
  {
    id: "LEG-CYB-03",
    pillar: "legal",
    group: "legal-cybercrime",
    outcome: "D.3-1",
    clauses: ["R45-CON-E"],
    text: "Does the law allow electronic evidence (data obtained from computers, networks and storage media) to be admitted in criminal proceedings?",
    guidance:
      "The provision of the law of evidence or criminal procedure that admits electronic evidence (title, number, date or URL), or a published court decision that has admitted it.",
    options: [
      { value: "yes", label: "Yes, expressly provided by law", credit: 1 },
      {
        value: "partial",
        label: "Admitted by court practice only, or a draft provision is awaiting adoption",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Provide by law for the admissibility of electronic evidence and for the integrity of its handling, so that cybercrime can be prosecuted (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  },
  {
    id: "LEG-CYB-04",
    pillar: "legal",
    group: "legal-cybercrime",
    outcome: "D.3-1",
    clauses: ["R45-RCG-E", "R45-REC-J"],
    text: "Does the criminal law make it an offence to produce, distribute, offer or possess child sexual abuse material, including in digital form?",
    guidance:
      "The title, number and date of the law and the articles that define the offences, with a reference to the official gazette or a URL to the official text.",
    options: [
      { value: "yes", label: "Yes, adopted and in force, covering digital material", credit: 1 },
      {
        value: "partial",
        label: "Only some of these acts are offences, or a draft law is awaiting adoption",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Make the production, distribution, offering and possession of child sexual abuse material, including in digital form, criminal offences, to protect children from abuse online (Resolution 45, recognizing e).",
      clause: "R45-RCG-E",
    },
  },
  {
    id: "LEG-CYB-05",
    pillar: "legal",
    group: "legal-cybercrime",
    outcome: "D.3-1",
    clauses: ["R45-RCG-E", "R45-REC-J"],
    text: "Does the criminal law make it an offence to solicit a child online for sexual purposes (known as grooming)?",
    guidance:
      "The title, number and date of the law and the article that defines the offence, with a reference to the official gazette or a URL to the official text.",
    options: [
      { value: "yes", label: "Yes, adopted and in force", credit: 1 },
      { value: "partial", label: "A draft law has been prepared and is awaiting adoption", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Make the online solicitation of children for sexual purposes a criminal offence, to protect children and young people and defend their rights online (Resolution 45, recognizing e).",
      clause: "R45-RCG-E",
    },
  },
  {
    id: "LEG-CYB-06",
    pillar: "legal",
    group: "legal-cybercrime",
    outcome: "D.3-1",
    clauses: ["R45-REC-G", "R45-RCG-I"],
    text: "Does a law or regulation prohibit sending unsolicited commercial electronic messages (spam) by e-mail, SMS or other messaging services without the recipient's consent?",
    guidance:
      "The title, number and date of the law or regulation and the articles on unsolicited electronic messages, or a URL to the official text. Consumer-protection or telecommunication rules count if they expressly cover unsolicited electronic messages.",
    options: [
      { value: "yes", label: "Yes, in force and covering all electronic messaging channels", credit: 1 },
      {
        value: "partial",
        label: "In force for some channels only (for example e-mail but not SMS), or a draft is awaiting adoption",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Adopt anti-spam legislation that requires the recipient's consent, identification of the sender and a working means to unsubscribe, with sanctions enforced by a named authority, in line with WTSA Resolution 52 (Resolution 45, recalling g).",
      clause: "R45-REC-G",
    },
  },
  {
    id: "LEG-CYB-07",
    pillar: "legal",
    group: "legal-cybercrime",
    outcome: "D.3-3",
    clauses: ["R45-ALL-2", "R45-SG-1"],
    text: "Is the country a party to a regional or international legal instrument on cybercrime, such as the Council of Europe Convention on Cybercrime, the African Union Convention on Cyber Security and Personal Data Protection, the Arab Convention on Combating Information Technology Offences or the United Nations Convention against Cybercrime?",
    guidance:
      "The name of the instrument and the date of ratification or accession, with a reference to the depositary's record or to the national instrument of ratification.",
    options: [
      { value: "party", label: "Yes, ratified or acceded", credit: 1 },
      { value: "signed", label: "Signed, or accession under way, but not yet ratified", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Join a regional or international instrument on cybercrime, so that investigators can obtain evidence and assistance from other countries, acting at the regional and international level (Resolution 45, invites Member States, Sector Members, Associates and Academia 2).",
      clause: "R45-ALL-2",
    },
  },
  {
    id: "LEG-CYB-08",
    pillar: "legal",
    group: "legal-cybercrime",
    outcome: "D.3-2",
    clauses: ["R45-RCG-I"],
    text: "Does the police or another law enforcement agency have a specialised unit dedicated to investigating cybercrime?",
    guidance:
      "The instrument that created the unit (decree, order or official organization chart) and the unit's name; a published contact point or activity report of the unit is also accepted.",
    options: [
      {
        value: "operational",
        label: "Yes, operating with trained investigators and digital forensic capability",
        credit: 1,
      },
      { value: "established", label: "Created, but with limited staff or no forensic capability", credit: 0.5 },
      { value: "none", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Establish a specialised cybercrime unit in law enforcement, with trained investigators and a digital forensic laboratory, to deal effectively with cybercrime (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  },

  // ── Privacy and personal data protection ──────────────────────────────────
  {
    id: "LEG-PRV-01",
    pillar: "legal",
    group: "legal-privacy",
    outcome: "D.3-1",
    clauses: ["R45-ALL-4", "R45-RCG-A"],
    text: "Is a law in force that protects personal data (a data protection law)?",
    guidance:
      "The title, number and date of the law, with a reference to its publication in the official gazette or a URL to the official text. Sector rules on confidentiality alone (for example banking secrecy) do not count.",
    options: [
      { value: "yes", label: "Yes, adopted and in force", credit: 1 },
      { value: "partial", label: "A draft law has been prepared and is awaiting adoption", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Adopt a personal data protection law that sets principles for the processing of personal data, the rights of the persons concerned and independent supervision (Resolution 45, invites Member States, Sector Members, Associates and Academia 4).",
      clause: "R45-ALL-4",
    },
  },
  {
    id: "LEG-PRV-02",
    pillar: "legal",
    group: "legal-privacy",
    outcome: "D.3-1",
    clauses: ["R45-ALL-4"],
    text: "Is there an independent authority that supervises compliance with the data protection law?",
    guidance:
      "The name of the authority, the legal provision that establishes it and guarantees its independence, and its website or latest annual report.",
    options: [
      { value: "yes", label: "Yes, established and operating", credit: 1 },
      { value: "partial", label: "Provided for by law but not yet operating", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Establish an independent data protection authority with the powers and resources to supervise compliance and handle complaints (Resolution 45, invites Member States, Sector Members, Associates and Academia 4).",
      clause: "R45-ALL-4",
    },
  },
  {
    id: "LEG-PRV-03",
    pillar: "legal",
    group: "legal-privacy",
    outcome: "D.3-2",
    clauses: ["R45-ALL-4"],
    text: "Does the law require organizations to notify breaches of personal data to the data protection authority within a set time?",
    guidance:
      "The article that sets the obligation and its deadline, or the notification procedure published by the data protection authority.",
    options: [
      { value: "yes", label: "Yes, with a set deadline", credit: 1 },
      {
        value: "partial",
        label: "Notification is required without a deadline, only in some sectors, or is voluntary",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Require organizations to notify personal data breaches to the data protection authority within a set time, and to inform the persons affected where they are at high risk (Resolution 45, invites Member States, Sector Members, Associates and Academia 4).",
      clause: "R45-ALL-4",
    },
  },
  {
    id: "LEG-PRV-04",
    pillar: "legal",
    group: "legal-privacy",
    outcome: "D.3-1",
    clauses: ["R45-RCG-A"],
    text: "Does the law require that measures which limit privacy for security purposes, such as the interception of communications or access to retained traffic data, be authorized in advance by a judge or another independent body?",
    guidance:
      "The provisions of the law on interception, data retention or network monitoring that set the authorization procedure and name the authorizing body.",
    options: [
      { value: "yes", label: "Yes, prior authorization by a judge or an independent body", credit: 1 },
      {
        value: "partial",
        label: "Authorization by the executive only, or independent review only after the fact",
        credit: 0.5,
      },
      { value: "no", label: "No legal requirement", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Make the interception of communications and access to retained data subject by law to prior independent authorization and oversight, so that security measures respect privacy and freedom of expression (Resolution 45, recognizing a).",
      clause: "R45-RCG-A",
    },
  },

  // ── Obligations of service providers ──────────────────────────────────────
  {
    id: "LEG-SPR-01",
    pillar: "legal",
    group: "legal-providers",
    outcome: "D.3-1",
    clauses: ["R45-ALL-3", "R45-BDT-6"],
    text: "Does a law, regulation or licence condition require telecommunication/ICT service providers to take technical and organizational measures to manage the security risks to their networks and services?",
    guidance:
      "The provision of the law, regulation or standard licence conditions that sets the obligation, with its title, number and date or a URL. Voluntary guidelines issued by the regulator count as partial.",
    options: [
      { value: "yes", label: "Yes, a binding obligation is in force", credit: 1 },
      { value: "partial", label: "Voluntary guidelines only, or a draft is awaiting adoption", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Require service providers, by law, regulation or licence condition, to protect their networks and services from the risks identified through appropriate technical and organizational measures (Resolution 45, invites Member States, Sector Members, Associates and Academia 3).",
      clause: "R45-ALL-3",
    },
  },
  {
    id: "LEG-SPR-02",
    pillar: "legal",
    group: "legal-providers",
    outcome: "D.3-2",
    clauses: ["R45-ALL-3"],
    text: "Must telecommunication/ICT service providers notify significant security incidents to the regulator or to the national computer incident response team (CIRT) within a set time?",
    guidance:
      "The provision that sets the obligation, its deadline and the body to be notified, or the notification form or procedure published by the regulator or the CIRT.",
    options: [
      { value: "yes", label: "Yes, with a set deadline", credit: 1 },
      {
        value: "partial",
        label: "Notification is required without a deadline, only for some providers, or is voluntary",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Require service providers to notify significant security infringements to the regulator or the national CIRT within a set time, with criteria for what must be notified (Resolution 45, invites Member States, Sector Members, Associates and Academia 3).",
      clause: "R45-ALL-3",
    },
  },
  {
    id: "LEG-SPR-03",
    pillar: "legal",
    group: "legal-providers",
    outcome: "D.3-2",
    clauses: ["R45-ALL-3", "R45-MS-2"],
    text: "Must telecommunication/ICT service providers maintain business continuity and disaster recovery plans, so that their services continue during and after a major incident?",
    guidance:
      "The provision of the law, regulation or licence that sets the obligation, or the regulator's published requirements for continuity plans.",
    options: [
      { value: "yes", label: "Yes, a binding obligation is in force", credit: 1 },
      { value: "partial", label: "Voluntary guidelines only, or a draft is awaiting adoption", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Require service providers to maintain and test business continuity and disaster recovery plans, so that they endeavour to ensure the continuity of the services they provide (Resolution 45, invites Member States, Sector Members, Associates and Academia 3).",
      clause: "R45-ALL-3",
    },
  },
  {
    id: "LEG-SPR-04",
    pillar: "legal",
    group: "legal-providers",
    outcome: "D.3-1",
    clauses: ["R45-BDT-6", "R45-ALL-3"],
    text: "Does the national telecommunication regulator have the legal power to verify and enforce service providers' compliance with security obligations, for example through audits, inspections and sanctions?",
    guidance:
      "The provisions of the telecommunication law or the regulator's statute that confer these powers, with title, number and date or a URL.",
    options: [
      { value: "yes", label: "Yes, it can audit or inspect and impose sanctions", credit: 1 },
      { value: "partial", label: "It can request information but cannot audit or impose sanctions", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Give the national telecommunication regulator the power to verify and enforce compliance with security obligations, and share these regulatory policies with BDT and ITU-D Study Group 2, which collect and disseminate them (Resolution 45, instructs the Director of BDT 6).",
      clause: "R45-BDT-6",
    },
  },
];
