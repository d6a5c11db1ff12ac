import type { IndicatorGroup, Question } from "../types";

/** Capacity development pillar: awareness, training, education, research and incentives. */
export const CAPACITY_GROUPS: IndicatorGroup[] = [
  {
    id: "capacity-awareness",
    pillar: "capacity",
    title: "Awareness",
    description:
      "Public awareness programmes that promote a culture of cybersecurity among citizens, businesses, children, parents and educators.",
  },
  {
    id: "capacity-training",
    pillar: "capacity",
    title: "Education and training",
    description:
      "Education, professional training and national training material that build the cybersecurity skills the country needs.",
  },
  {
    id: "capacity-emerging",
    pillar: "capacity",
    title: "Research and emerging technologies",
    description:
      "Studies, research and incentives that prepare the country for evolving threats and emerging technologies such as the Internet of Things and artificial intelligence.",
  },
];

export const CAPACITY_QUESTIONS: Question[] = [
  // ── Awareness ─────────────────────────────────────────────────────────────
  {
    id: "CAP-AWR-01",
    pillar: "capacity",
    group: "capacity-awareness",
    outcome: "D.3-1",
    clauses: ["R45-RES-1", "R45-CON-E"],
    text: "Has a national cybersecurity awareness campaign for the general public been run in the last two years?",
    guidance: "The name, dates and organizer of the campaign, with its website, materials or media coverage.",
    options: [
      { value: "yes", label: "Yes, in the last two years", credit: 1 },
      { value: "older", label: "Yes, but more than two years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 2,
    evidenceRequired: true,
    recommendation: {
      action:
        "Run a national cybersecurity awareness campaign for the general public at least every year, to promote a culture of cybersecurity (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  },
  {
    id: "CAP-AWR-02",
    pillar: "capacity",
    group: "capacity-awareness",
    outcome: "D.3-1",
    clauses: ["R45-RES-1"],
    text: "Is there an awareness programme that helps small and medium-sized enterprises protect their systems and data?",
    guidance:
      "The name of the programme and the body that runs it, with its website, guides or a list of recent events.",
    options: [
      { value: "yes", label: "Yes, a continuing programme", credit: 1 },
      { value: "one-off", label: "One-off events or materials only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Set up a continuing awareness programme for small and medium-sized enterprises, with practical guides based on identified best practices (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  },
  {
    id: "CAP-AWR-03",
    pillar: "capacity",
    group: "capacity-awareness",
    outcome: "D.3-1",
    clauses: ["R45-REC-G"],
    text: "In the last two years, has the public been given guidance on recognizing and reporting spam and phishing (fraudulent messages that trick people into revealing passwords or payment details)?",
    guidance: "The guidance material, campaign or web page, its publisher and date, with a URL.",
    options: [
      { value: "yes", label: "Yes, in the last two years", credit: 1 },
      { value: "older", label: "Yes, but more than two years ago", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Educate consumers on recognizing and reporting spam and phishing, as one of the measures against spam set out in WTSA Resolution 52 and Recommendation ITU-T X.1240 (Resolution 45, recalling g).",
      clause: "R45-REC-G",
    },
  },
  {
    id: "CAP-AWR-04",
    pillar: "capacity",
    group: "capacity-awareness",
    outcome: "D.3-1",
    clauses: ["R45-RCG-E", "R45-REC-J"],
    text: "Is there an awareness programme on the safe use of the Internet for children, parents and educators, for example delivered through schools?",
    guidance:
      "The name of the programme and the body that runs it, with its materials or website and its coverage (national, or the regions or schools reached).",
    options: [
      { value: "national", label: "Yes, with national coverage", credit: 1 },
      { value: "local", label: "Local or one-off initiatives only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Run a national programme on the safe use of the Internet for children, parents and educators, drawing on the ITU Guidelines on Child Online Protection (Resolution 45, recognizing e).",
      clause: "R45-RCG-E",
    },
  },

  // ── Education and training ────────────────────────────────────────────────
  {
    id: "CAP-TRN-01",
    pillar: "capacity",
    group: "capacity-training",
    outcome: "D.3-1",
    clauses: ["R45-RES-1"],
    text: "Does a university or other higher education institution in the country offer a degree programme specialised in cybersecurity?",
    guidance: "The name of the institution and of the degree programme, with a URL to the programme description.",
    options: [
      { value: "degree", label: "Yes, at least one bachelor's or master's degree in cybersecurity", credit: 1 },
      { value: "courses", label: "Cybersecurity courses or modules within other degrees only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Work with universities to create degree programmes specialised in cybersecurity, using available training material and best practices (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  },
  {
    id: "CAP-TRN-02",
    pillar: "capacity",
    group: "capacity-training",
    outcome: "D.3-2",
    clauses: ["R45-RES-1"],
    text: "Is there a programme that trains and certifies the cybersecurity staff of public bodies, either national or based on recognized professional certifications?",
    guidance:
      "The name of the programme or certification scheme, the body that runs or funds it, and the number of sessions or participants in the last year.",
    options: [
      { value: "yes", label: "Yes, a continuing programme with certification", credit: 1 },
      { value: "ad-hoc", label: "Occasional training without certification", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Establish a continuing training and certification programme for the cybersecurity staff of public bodies (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  },
  {
    id: "CAP-TRN-03",
    pillar: "capacity",
    group: "capacity-training",
    outcome: "D.3-2",
    clauses: ["R45-RCG-I", "R45-RES-1"],
    text: "In the last two years, have police investigators, prosecutors and judges received training on cybercrime and electronic evidence?",
    guidance:
      "The title, dates and organizer of the training sessions and the groups that attended (investigators, prosecutors, judges).",
    options: [
      { value: "all", label: "Yes, investigators, prosecutors and judges", credit: 1 },
      { value: "some", label: "Only some of these groups", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Train police investigators, prosecutors and judges on cybercrime and electronic evidence on a regular basis, so that cybercrime is dealt with effectively (Resolution 45, recognizing i).",
      clause: "R45-RCG-I",
    },
  },
  {
    id: "CAP-TRN-04",
    pillar: "capacity",
    group: "capacity-training",
    outcome: "D.3-1",
    clauses: ["R45-RES-1"],
    text: "Have national cybersecurity training materials or best-practice guides, in the country's languages, been published for use by organizations in the country?",
    guidance: "The titles, publishers and dates of the materials or guides, with URLs.",
    options: [
      { value: "yes", label: "Yes, published and available", credit: 1 },
      { value: "in-progress", label: "Being prepared", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Identify best practices and develop national training material in the country's languages, adapting ITU-D material where useful (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  },
  {
    id: "CAP-TRN-05",
    pillar: "capacity",
    group: "capacity-training",
    outcome: "D.3-1",
    clauses: ["R45-RES-1"],
    text: "Is cybersecurity taught in the national primary or secondary school curriculum?",
    guidance: "The curriculum document and the subject or module that covers cybersecurity, with its date.",
    options: [
      { value: "national", label: "Yes, in the national curriculum", credit: 1 },
      { value: "pilot", label: "In pilot schools or as optional activities only", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Include cybersecurity in the national school curriculum to build a culture of cybersecurity from an early age (Resolution 45, resolves 1).",
      clause: "R45-RES-1",
    },
  },

  // ── Research and emerging technologies ────────────────────────────────────
  {
    id: "CAP-EMT-01",
    pillar: "capacity",
    group: "capacity-emerging",
    outcome: "D.3-1",
    clauses: ["R45-BDT-2", "R45-NOT-C"],
    text: "Has the government carried out or commissioned a study of the cybersecurity risks and needs related to the Internet of Things (IoT), meaning connected devices such as cameras, meters, vehicles and sensors?",
    guidance: "The title, author and date of the study, or its published summary.",
    options: [
      { value: "yes", label: "Yes, completed", credit: 1 },
      { value: "in-progress", label: "Under way", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Identify the country's cybersecurity needs related to IoT devices and share them with ITU-D studies on strengthening the cybersecurity of developing countries (Resolution 45, instructs the Director of BDT 2).",
      clause: "R45-BDT-2",
    },
  },
  {
    id: "CAP-EMT-02",
    pillar: "capacity",
    group: "capacity-emerging",
    outcome: "D.3-1",
    clauses: ["R45-BDT-2", "R45-NOT-C"],
    text: "Has the government carried out or commissioned a study of the cybersecurity risks related to artificial intelligence (AI), covering both attacks on AI systems and the use of AI in attacks?",
    guidance: "The title, author and date of the study, or its published summary.",
    options: [
      { value: "yes", label: "Yes, completed", credit: 1 },
      { value: "in-progress", label: "Under way", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Assess the cybersecurity risks of artificial intelligence for the country and share the needs identified with ITU-D studies on emerging trends (Resolution 45, instructs the Director of BDT 2).",
      clause: "R45-BDT-2",
    },
  },
  {
    id: "CAP-EMT-03",
    pillar: "capacity",
    group: "capacity-emerging",
    outcome: "D.3-1",
    clauses: ["R45-NOT-C", "R45-RES-1"],
    text: "Is there a national programme that funds research and development in cybersecurity?",
    guidance:
      "The name of the programme or funding call, the funding body and its date, or a list of funded cybersecurity projects.",
    options: [
      { value: "dedicated", label: "Yes, a programme dedicated to cybersecurity", credit: 1 },
      {
        value: "general",
        label: "Cybersecurity projects are funded through general research programmes only",
        credit: 0.5,
      },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Fund national research and development in cybersecurity, with priority to evolving and emerging threats beyond spam and malware (Resolution 45, noting c).",
      clause: "R45-NOT-C",
    },
  },
  {
    id: "CAP-EMT-04",
    pillar: "capacity",
    group: "capacity-emerging",
    outcome: "D.3-1",
    clauses: ["R45-ALL-2"],
    text: "Does the government offer incentives for the development of a national cybersecurity industry, such as grants, tax relief or start-up support programmes?",
    guidance: "The instrument or programme that provides the incentive, its body and date, with a URL.",
    options: [
      { value: "yes", label: "Yes, incentives specific to cybersecurity", credit: 1 },
      { value: "general", label: "General innovation incentives that cybersecurity firms can use", credit: 0.5 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Offer incentives for a national cybersecurity industry, as part of treating cybersecurity as a high-priority item at national level (Resolution 45, invites Member States, Sector Members, Associates and Academia 2).",
      clause: "R45-ALL-2",
    },
  },
  {
    id: "CAP-EMT-05",
    pillar: "capacity",
    group: "capacity-emerging",
    outcome: "D.3-3",
    clauses: ["R45-BDT-2", "R45-ALL-1"],
    text: "In the current or previous ITU-D study period, has a national body submitted a written contribution on cybersecurity to ITU-D Study Group 2 (Question 3/2)?",
    guidance: "The document number and title of the contribution, as listed on the ITU-D Study Group 2 website.",
    options: [
      { value: "yes", label: "Yes", credit: 1 },
      { value: "no", label: "No", credit: 0 },
    ],
    weight: 1,
    evidenceRequired: true,
    recommendation: {
      action:
        "Contribute national experience and needs, including on IoT, artificial intelligence and other emerging trends, to ITU-D studies on cybersecurity (Resolution 45, instructs the Director of BDT 2).",
      clause: "R45-BDT-2",
    },
  },
];
