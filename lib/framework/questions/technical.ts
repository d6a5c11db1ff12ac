import type { IndicatorGroup, Question } from "../types";

/** Technical pillar: technical capabilities through national and sector agencies. */
export const TECHNICAL_GROUPS: IndicatorGroup[] = [
  {
    id: "technical-cirt",
    pillar: "technical",
    title: "National CIRT and incident response",
    description:
      "A national computer incident response team and a national framework for rapid response to major incidents, with an action plan to prevent and mitigate them.",
  },
  {
    id: "technical-cii",
    pillar: "technical",
    title: "Critical infrastructure protection and resilience",
    description:
      "Identification and protection of critical information infrastructure, and the resilience of the national telecommunication/ICT infrastructure.",
  },
  {
    id: "technical-spam",
    pillar: "technical",
    title: "Countering spam",
    description:
      "Technical measures and industry action against spam, following WTSA Resolution 52 and Recommendations ITU-T X.1240 and X.1231.",
  },
  {
    id: "technical-threats",
    pillar: "technical",
    title: "Threat assessment and mitigation",
    description:
      "Capabilities to understand current threats such as malware, botnets and denial-of-service attacks, and to reduce their effect on the country's networks.",
  },
  {
    id: "technical-standards",
    pillar: "technical",
    title: "Standards and secure technology",
    description:
      "Application of recognized security standards and requirements to public information systems, core Internet resources and connected devices.",
  },
];

export const TECHNICAL_QUESTIONS: Question[] = [
  // ── National CIRT and incident response ───────────────────────────────────
  {
    id: "TEC-CIRT-01",
    pillar: "technical",
    group: "technical-cirt",
    outcome: "D.3-2",
    clauses: ["R45-REC-I", "R45-CON-E"],
    text: "What is the status of the national computer incident response team (CIRT), the team that receives, analyses and coordinates the response to cybersecurity incidents at national level?",
    guidance:
      "For an established or operational CIRT: its name, website and published contact details for reporting incidents; it counts as operational around the clock if it publishes a 24/7 contact or on-call arrangement. For the earlier stage: the readiness assessment report or the project document for the CIRT's design.",
    options: [
      { value: "none", label: "No national CIRT, and no project to create one", credit: 0 },
      {
        value: "assessment-or-design",
        label: "A readiness assessment has been carried out, or the CIRT is being designed",
        credit: 0.25,
      },
      { value: "established", label: "Established, with limited services or working hours", credit: 0.6 },
      {
        value: "operational",
        label: "Operational 24 hours a day, 7 days a week, with a national mandate",
        credit: 1,
      },
    ],
    weight: 3,
    evidenceRequired: true,
    recommendation: {
      action:
        "Establish a national CIRT and bring it to round-the-clock operation with a national mandate, following the phases of the ITU CIRT programme (readiness assessment, design, establishment, enhancement) and WTDC Resolution 69 (Resolution 45, recalling i).",
      clause: "R45-REC-I",
    },
  },
  {
    id: "TEC-CIRT-02",
    pillar: "technical",
    group: "technical-cirt",
    outcome: "D.3-1",
    clauses: ["R45-REC-I"],
    text: "Is the national CIRT's mandate, including the organizations it serves and the services it provides, set out in a law, decree or other official instrument?",
    guidance:
      "The title, number and date of the instrument and the provisions that define the CIRT's mandate, or a URL to the official text.",
    options: [
      { value: "yes", label: "Yes, in an official instrument in force", credit: 1 },
      {
        value: "partial",
        label: "An instrument is being prepared, or the mandate is set out only in internal documents",
        credit: 0.5,
      },
      { value: "no", label: "No, or there is no national CIRT", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Set out the national CIRT's mandate, the organizations it serves and its services in an official instrument, as WTDC Resolution 69 encourages (Resolution 45, recalling i).",
      clause: "R45-REC-I",
    },
  },
  {
    id: "TEC-CIRT-03",
    pillar: "technical",
    group: "technical-cirt",
    outcome: "D.3-2",
    clauses: ["R45-MS-1", "R45-BDT-5"],
    text: "Has the country adopted a national cyber incident response plan that sets out how major incidents are classified, escalated and handled, and which body does what?",
    guidance:
      "The title of the plan, the authority that adopted it and the date of adoption. If the plan is classified, its title and date and a letter from the responsible authority confirming its adoption.",
    options: [
      { value: "yes", label: "Yes, adopted and communicated to all bodies with a role in it", credit: 1 },
      {
        value: "partial",
        label: "A draft plan exists, or procedures exist only within the CIRT",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 3,
    evidenceRequired: true,
    recommendation: {
      action:
        "Establish a framework allowing rapid response to major incidents: a national cyber incident response plan that defines severity levels, escalation, roles and crisis communication (Resolution 45, invites Member States 1).",
      clause: "R45-MS-1",
    },
  },
  {
    id: "TEC-CIRT-04",
    pillar: "technical",
    group: "technical-cirt",
    outcome: "D.3-2",
    clauses: ["R45-MS-1"],
    text: "Has the country adopted an action plan to prevent and mitigate major cybersecurity incidents?",
    guidance:
      "The action plan, or the part of the national cybersecurity strategy that serves as one, listing its measures, responsible bodies and deadlines, with its date of adoption.",
    options: [
      { value: "yes", label: "Yes, adopted, with measures, responsible bodies and deadlines", credit: 1 },
      { value: "partial", label: "A draft is awaiting adoption, or measures lack owners or deadlines", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Adopt an action plan to prevent and mitigate major incidents, assigning each measure to a responsible body with a deadline (Resolution 45, invites Member States 1).",
      clause: "R45-MS-1",
    },
  },
  {
    id: "TEC-CIRT-05",
    pillar: "technical",
    group: "technical-cirt",
    outcome: "D.3-2",
    clauses: ["R45-MS-1"],
    text: "Has a national exercise that tests the response to a major cyber incident, involving the national CIRT and operators of critical infrastructure, been held in the last two years?",
    guidance:
      "The date, the organizer and the list of participating organizations, or the exercise report or public announcement.",
    options: [
      { value: "yes", label: "Yes, in the last two years", credit: 1 },
      { value: "older", label: "Yes, but more than two years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Hold a national cyber exercise at least every two years to test the incident response plan with the national CIRT and critical infrastructure operators, and act on its lessons (Resolution 45, invites Member States 1).",
      clause: "R45-MS-1",
    },
  },
  {
    id: "TEC-CIRT-06",
    pillar: "technical",
    group: "technical-cirt",
    outcome: "D.3-2",
    clauses: ["R45-REC-I"],
    text: "Are there sectoral CIRTs (for example for government, finance, energy or telecommunications) that coordinate with the national CIRT?",
    guidance:
      "The name, sector and website or contact of each sectoral CIRT, and the agreement, procedure or national network through which it coordinates with the national CIRT.",
    options: [
      { value: "several", label: "Yes, in two or more sectors", credit: 1 },
      { value: "one", label: "In one sector", credit: 0.5 },
      { value: "none", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Encourage the creation of sectoral CIRTs in critical sectors and link them to the national CIRT through agreed coordination procedures (Resolution 45, recalling i).",
      clause: "R45-REC-I",
    },
  },
  {
    id: "TEC-CIRT-07",
    pillar: "technical",
    group: "technical-cirt",
    outcome: "D.3-2",
    clauses: ["R45-CON-E"],
    text: "Does the national CIRT publish security alerts and advisories that the public and organizations can use to protect themselves?",
    guidance:
      "The URL of the web page, feed or mailing list where alerts and advisories are published, with examples from the last twelve months.",
    options: [
      { value: "regular", label: "Yes, at least monthly", credit: 1 },
      { value: "occasional", label: "Occasionally", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Develop the national CIRT's watch and warning service so that it publishes alerts and advisories regularly through a public channel (Resolution 45, considering e).",
      clause: "R45-CON-E",
    },
  },

  // ── Critical infrastructure protection and resilience ─────────────────────
  {
    id: "TEC-CII-01",
    pillar: "technical",
    group: "technical-cii",
    outcome: "D.3-2",
    clauses: ["R45-MS-2", "R45-CON-J"],
    text: "Has the country officially identified its critical information infrastructure, meaning the sectors, operators and systems whose disruption would seriously affect national security, the economy or public safety?",
    guidance:
      "The instrument that defines the critical sectors or designates the operators (title, number, date). If the list is classified, a letter from the responsible authority confirming that it exists and when it was last updated.",
    options: [
      { value: "yes", label: "Yes, operators or systems are designated officially", credit: 1 },
      {
        value: "partial",
        label: "Critical sectors or criteria are defined, but operators or systems are not yet designated",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Identify and designate the critical information infrastructure officially, as the first step of a national strategy to protect critical infrastructures (Resolution 45, invites Member States 2).",
      clause: "R45-MS-2",
    },
  },
  {
    id: "TEC-CII-02",
    pillar: "technical",
    group: "technical-cii",
    outcome: "D.3-2",
    clauses: ["R45-MS-2"],
    text: "Has the country adopted a strategy or plan for the protection of critical information infrastructure, either as a separate document or as a chapter of the national cybersecurity strategy?",
    guidance:
      "The title, adopting authority and date of adoption of the document, and the chapter concerned if it is part of a wider strategy, with a URL where it is public.",
    options: [
      { value: "yes", label: "Yes, adopted", credit: 1 },
      { value: "partial", label: "A draft is awaiting adoption", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Adopt a national strategy for the protection of critical information infrastructure that sets roles, security requirements and the capabilities needed to protect it (Resolution 45, invites Member States 2).",
      clause: "R45-MS-2",
    },
  },
  {
    id: "TEC-CII-03",
    pillar: "technical",
    group: "technical-cii",
    outcome: "D.3-2",
    clauses: ["R45-MS-2"],
    text: "Are operators of critical information infrastructure required to apply minimum security measures set by a competent authority?",
    guidance:
      "The instrument that sets the measures and names the competent authority (title, number, date or URL). Recommended but non-binding measures count as partial.",
    options: [
      { value: "yes", label: "Yes, binding minimum measures are in force", credit: 1 },
      { value: "partial", label: "Recommended measures only, or a draft is awaiting adoption", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Set binding minimum security measures for operators of critical information infrastructure and name a competent authority to supervise them (Resolution 45, invites Member States 2).",
      clause: "R45-MS-2",
    },
  },
  {
    id: "TEC-CII-04",
    pillar: "technical",
    group: "technical-cii",
    outcome: "D.3-2",
    clauses: ["R45-MS-2", "R45-CON-J"],
    text: "Has the resilience of the national telecommunication/ICT infrastructure been assessed in the last three years, including its dependence on single points of failure such as international links, cable landing stations, data centres or power supplies?",
    guidance:
      "The title, date and author of the assessment, or its published summary. If it is classified, a letter from the responsible authority confirming its date and scope.",
    options: [
      { value: "yes", label: "Yes, in the last three years", credit: 1 },
      { value: "older", label: "Yes, but more than three years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Assess the resilience of the national telecommunication/ICT infrastructure and reduce its single points of failure, recognizing that low security in one country can raise the risks in others (Resolution 45, considering j).",
      clause: "R45-CON-J",
    },
  },
  {
    id: "TEC-CII-05",
    pillar: "technical",
    group: "technical-cii",
    outcome: "D.3-3",
    clauses: ["R45-BDT-4"],
    text: "In the last three years, have staff of the bodies responsible for critical telecommunication/ICT infrastructure taken part in a workshop, training course or assessment on its security preparedness organized by ITU or another regional or international organization?",
    guidance: "The title, organizer and dates of the event, with the participant list or certificates of attendance.",
    options: [
      { value: "yes", label: "Yes, in the last three years", credit: 1 },
      { value: "older", label: "Yes, but more than three years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Take part in ITU-D workshops and assistance on the preparedness of critical telecommunication/ICT infrastructures, and request BDT assistance where gaps are found (Resolution 45, instructs the Director of BDT 4).",
      clause: "R45-BDT-4",
    },
  },

  // ── Countering spam ───────────────────────────────────────────────────────
  {
    id: "TEC-SPM-01",
    pillar: "technical",
    group: "technical-spam",
    outcome: "D.3-2",
    clauses: ["R45-REC-G", "R45-RCG-I"],
    text: "Do the main Internet service providers apply network-level measures against spam, such as filtering incoming e-mail and limiting outgoing e-mail from subscriber connections that are not mail servers?",
    guidance:
      "Self-reported. Where available, cite the regulator's requirement or guideline, or the published acceptable-use or anti-spam policies of the providers concerned, with URLs.",
    options: [
      { value: "most", label: "Yes, providers serving most subscribers apply them", credit: 1 },
      { value: "some", label: "Some providers apply them", credit: 0.5 },
      { value: "no", label: "No, or not known", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: false,
    recommendation: {
      action:
        "Encourage Internet service providers to apply the network and service strategies against spam described in Recommendation ITU-T X.1231, such as filtering and the management of outgoing e-mail, as WTSA Resolution 52 calls for (Resolution 45, recalling g).",
      clause: "R45-REC-G",
    },
  },
  {
    id: "TEC-SPM-02",
    pillar: "technical",
    group: "technical-spam",
    outcome: "D.3-2",
    clauses: ["R45-REC-G", "R45-RCG-I"],
    text: "Do the government's e-mail domains publish sender authentication records (SPF, DKIM and DMARC), which let receiving mail servers reject messages that falsely claim to come from the government?",
    guidance:
      "The main government e-mail domains; the published records can be checked with any public DNS lookup tool. A government circular or standard that requires these records is also accepted.",
    options: [
      {
        value: "enforced",
        label: "Yes, with a DMARC policy that rejects or quarantines unauthenticated messages",
        credit: 1,
      },
      { value: "monitoring", label: "Records are published, but the DMARC policy only monitors", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Publish SPF, DKIM and an enforcing DMARC policy for all government e-mail domains, so that spam and phishing cannot impersonate the government (Resolution 45, recalling g).",
      clause: "R45-REC-G",
    },
  },
  {
    id: "TEC-SPM-03",
    pillar: "technical",
    group: "technical-spam",
    outcome: "D.3-2",
    clauses: ["R45-REC-G"],
    text: "Is there a national channel through which users can report spam received by e-mail, SMS or other messaging services, and whose reports lead to action such as blocking senders or enforcement?",
    guidance:
      "The URL, short code or address of the reporting channel and the body that runs it, with a published summary of the action taken on reports.",
    options: [
      { value: "acting", label: "Yes, and reports lead to blocking, warnings or sanctions", credit: 1 },
      { value: "collecting", label: "Reports are collected, but no follow-up is documented", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Set up a national spam reporting channel and use the reports to block senders and enforce anti-spam rules, as the feedback strategy of Recommendation ITU-T X.1231 describes (Resolution 45, recalling g).",
      clause: "R45-REC-G",
    },
  },
  {
    id: "TEC-SPM-04",
    pillar: "technical",
    group: "technical-spam",
    outcome: "D.3-3",
    clauses: ["R45-REC-G", "R45-ALL-2"],
    text: "Have telecommunication operators and Internet service providers adopted a code of practice on countering spam, agreed among themselves or with the regulator?",
    guidance:
      "The title and date of the code of practice and the list of signatories, or the regulator's decision endorsing it.",
    options: [
      { value: "yes", label: "Yes, adopted and signed by the main providers", credit: 1 },
      { value: "partial", label: "Being prepared, or signed by some providers only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Convene operators and Internet service providers to agree a code of practice on countering spam, as the industry action described in Recommendation ITU-T X.1240 (Resolution 45, recalling g).",
      clause: "R45-REC-G",
    },
  },

  // ── Threat assessment and mitigation ──────────────────────────────────────
  {
    id: "TEC-THR-01",
    pillar: "technical",
    group: "technical-threats",
    outcome: "D.3-2",
    clauses: ["R45-RCG-I", "R45-NOT-C"],
    text: "Has a national assessment of cyber threats and risks been carried out in the last three years, covering threats such as malicious software (malware), ransomware (malware that locks data until a ransom is paid), botnets (networks of infected devices controlled by an attacker) and denial-of-service attacks (attacks that flood a service with traffic to make it unavailable)?",
    guidance:
      "The title, date and issuing body of the assessment, or its published summary. If it is classified, a letter from the responsible authority confirming its date and scope.",
    options: [
      { value: "yes", label: "Yes, in the last three years", credit: 1 },
      { value: "older", label: "Yes, but more than three years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Carry out and regularly update a national cyber threat and risk assessment covering spam, cybercrime, viruses, worms and denial-of-service attacks, and use it to set priorities (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  },
  {
    id: "TEC-THR-02",
    pillar: "technical",
    group: "technical-threats",
    outcome: "D.3-2",
    clauses: ["R45-RCG-I"],
    text: "Does the national CIRT or another body notify Internet service providers of infected devices in their networks (for example devices that are part of a botnet), so that subscribers can be alerted?",
    guidance:
      "A description of the service, for example on the CIRT's website, naming the data sources used and the providers that receive notifications.",
    options: [
      { value: "routine", label: "Yes, routinely, and providers alert their subscribers", credit: 1 },
      { value: "occasional", label: "Occasionally, or without follow-up by providers", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Set up a routine service that notifies Internet service providers of infected devices in their networks and asks them to alert their subscribers (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  },
  {
    id: "TEC-THR-03",
    pillar: "technical",
    group: "technical-threats",
    outcome: "D.3-2",
    clauses: ["R45-RCG-I", "R45-MS-2"],
    text: "Can operators of critical services in the country obtain protection against large denial-of-service attacks from their Internet service providers or through a national arrangement?",
    guidance:
      "Self-reported. Name the providers or the national arrangement that offer mitigation of denial-of-service attacks.",
    options: [
      { value: "yes", label: "Yes, mitigation is available from providers in the country", credit: 1 },
      { value: "partial", label: "Only from providers abroad, or only for some operators", credit: 0.5 },
      { value: "no", label: "No, or not known", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: false,
    recommendation: {
      action:
        "Ensure that operators of critical services can obtain mitigation of denial-of-service attacks, through their providers or a national arrangement (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  },

  // ── Standards and secure technology ───────────────────────────────────────
  {
    id: "TEC-STD-01",
    pillar: "technical",
    group: "technical-standards",
    outcome: "D.3-2",
    clauses: ["R45-RES-1"],
    text: "Has the government adopted a security standard or baseline of security requirements that public bodies must apply to their information systems (for example based on ISO/IEC 27001 or a national equivalent)?",
    guidance:
      "The title, issuing body and date of the standard or baseline, and the instrument that makes it mandatory for public bodies.",
    options: [
      { value: "mandatory", label: "Yes, mandatory for public bodies", credit: 1 },
      { value: "recommended", label: "Recommended but not mandatory", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Adopt a mandatory security baseline for public bodies' information systems, based on recognized international standards and best practices (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  },
  {
    id: "TEC-STD-02",
    pillar: "technical",
    group: "technical-standards",
    outcome: "D.3-2",
    clauses: ["R45-MS-2"],
    text: "Is the country-code top-level domain (ccTLD, the national Internet domain such as .xx) signed with DNSSEC, the security extensions that protect the domain name system against forged answers?",
    guidance:
      "The ccTLD concerned; the signature can be checked in the root zone or with a public DNSSEC test tool. The registry's announcement is also accepted.",
    options: [
      { value: "yes", label: "Yes, signed", credit: 1 },
      { value: "in-progress", label: "Signing is planned or under way", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Sign the country-code top-level domain with DNSSEC to strengthen the resilience of core national Internet infrastructure (Resolution 45, invites Member States 2).",
      clause: "R45-MS-2",
    },
  },
  {
    id: "TEC-STD-03",
    pillar: "technical",
    group: "technical-standards",
    outcome: "D.3-2",
    clauses: ["R45-NOT-C", "R45-BDT-2"],
    text: "Are there security requirements for Internet of Things (IoT) devices, meaning connected devices such as cameras, routers, meters and sensors, sold or connected in the country (for example a ban on shared default passwords)?",
    guidance:
      "The title, issuing body and date of the regulation, technical standard, guideline or labelling scheme, with a URL.",
    options: [
      { value: "binding", label: "Yes, binding requirements are in force", credit: 1 },
      {
        value: "voluntary",
        label: "Voluntary guidelines or a labelling scheme only, or a draft is awaiting adoption",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Set baseline security requirements for IoT devices sold or connected in the country, to address evolving threats beyond spam and malware (Resolution 45, noting c).",
      clause: "R45-NOT-C",
    },
  },
];
