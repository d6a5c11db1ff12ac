import type { Clause } from "./types";

/**
 * The numbered clauses of WTDC Resolution 45 (Rev. Buenos Aires, 2017), as proposed by Brazil to WTDC-17.
 * `ms` is true where a Member State can act on the clause or report on it: the questionnaire implements
 * every such clause. Copied from the project's reference list; never read from outside the app at run time.
 */
export const RES45_CLAUSES: Clause[] = [
  {
    id: "R45-REC-I",
    part: "recalling",
    number: "i",
    ms: true,
    summary: "WTDC Resolution 69: creation of national CIRTs and cooperation among them",
  },
  {
    id: "R45-REC-J",
    part: "recalling",
    number: "j",
    ms: true,
    summary: "WTDC Resolution 67: role of ITU-D in child online protection",
  },
  {
    id: "R45-REC-G",
    part: "recalling",
    number: "g",
    ms: true,
    summary: "WTSA Resolution 52: countering and combating spam",
  },
  {
    id: "R45-CON-C",
    part: "considering",
    number: "c",
    ms: true,
    summary: "UNGA Resolution 64/211 voluntary self-assessment tool for national efforts",
  },
  {
    id: "R45-CON-E",
    part: "considering",
    number: "e",
    ms: true,
    summary:
      "National cybersecurity programme: national plan, public-private partnerships, sound legal foundation, incident management/watch/warning/response/recovery capability, culture of awareness",
  },
  {
    id: "R45-CON-J",
    part: "considering",
    number: "j",
    ms: true,
    summary: "Interconnected critical infrastructures: low security in one country raises risk in others",
  },
  {
    id: "R45-CON-N",
    part: "considering",
    number: "n",
    ms: true,
    summary: "Global Cybersecurity Index as a tool for each Member State to assess its commitment",
  },
  {
    id: "R45-RCG-A",
    part: "recognizing",
    number: "a",
    ms: true,
    summary:
      "Measures for network security, against cybercrime and spam must respect privacy and freedom of expression",
  },
  {
    id: "R45-RCG-E",
    part: "recognizing",
    number: "e",
    ms: true,
    summary: "Protect children and youth from abuse and defend their rights online",
  },
  {
    id: "R45-RCG-I",
    part: "recognizing",
    number: "i",
    ms: true,
    summary: "Deal with spam, cybercrime, viruses, worms and denial-of-service attacks",
  },
  {
    id: "R45-NOT-C",
    part: "noting",
    number: "c",
    ms: true,
    summary: "Evolving and emerging threats beyond spam and malware",
  },
  {
    id: "R45-RES-1",
    part: "resolves",
    number: "1",
    ms: true,
    summary:
      "Cybersecurity as a priority: raise awareness, identify best practices, develop training material, promote a culture of cybersecurity",
  },
  {
    id: "R45-RES-2",
    part: "resolves",
    number: "2",
    ms: true,
    summary:
      "Collaborate and share information with international and regional organizations on cybersecurity initiatives",
  },
  {
    id: "R45-BDT-1",
    part: "instructs BDT",
    number: "1",
    ms: true,
    summary: "Meetings of Member States and stakeholders on ways to enhance cybersecurity (participation)",
  },
  {
    id: "R45-BDT-2",
    part: "instructs BDT",
    number: "2",
    ms: true,
    summary:
      "Studies on cybersecurity needs of developing countries: IoT devices, artificial intelligence, emerging trends, protection of children and youth",
  },
  {
    id: "R45-BDT-3",
    part: "instructs BDT",
    number: "3",
    ms: false,
    summary: "Support Member States' initiatives on mechanisms for cooperation on cybersecurity",
  },
  {
    id: "R45-BDT-4",
    part: "instructs BDT",
    number: "4",
    ms: true,
    summary: "Preparedness for a high level of security of critical telecom/ICT infrastructures, including workshops",
  },
  {
    id: "R45-BDT-5",
    part: "instructs BDT",
    number: "5",
    ms: true,
    summary:
      "Framework among developing countries for rapid response to major incidents and an action plan to increase protection",
  },
  {
    id: "R45-BDT-6",
    part: "instructs BDT",
    number: "6",
    ms: true,
    summary: "Regulatory policies of national telecom regulators that build confidence and security",
  },
  {
    id: "R45-BDT-7",
    part: "instructs BDT",
    number: "7",
    ms: false,
    summary: "Implement the resolution with the Director of TSB",
  },
  {
    id: "R45-BDT-8",
    part: "instructs BDT",
    number: "8",
    ms: false,
    summary: "Report results to the next WTDC",
  },
  {
    id: "R45-SG-1",
    part: "invites Secretary-General",
    number: "1",
    ms: true,
    summary: "MoUs between countries and other cooperation mechanisms: status, scope, application",
  },
  {
    id: "R45-SG-2",
    part: "invites Secretary-General",
    number: "2",
    ms: true,
    summary: "Regional and global cybersecurity projects (IMPACT, FIRST, OAS, APCERT) and countries' participation",
  },
  {
    id: "R45-RSG-1",
    part: "requests Secretary-General",
    number: "1",
    ms: false,
    summary: "Bring the resolution to the next Plenipotentiary Conference",
  },
  {
    id: "R45-RSG-2",
    part: "requests Secretary-General",
    number: "2",
    ms: false,
    summary: "Report results to Council and the Plenipotentiary Conference",
  },
  {
    id: "R45-ALL-1",
    part: "invites Member States, Sector Members, Associates and Academia",
    number: "1",
    ms: true,
    summary: "Support and take part in implementing the resolution",
  },
  {
    id: "R45-ALL-2",
    part: "invites Member States, Sector Members, Associates and Academia",
    number: "2",
    ms: true,
    summary:
      "Treat cybersecurity and countering spam as high priority, acting at national, regional and international level",
  },
  {
    id: "R45-ALL-3",
    part: "invites Member States, Sector Members, Associates and Academia",
    number: "3",
    ms: true,
    summary:
      "Service providers protect themselves from identified risks, ensure continuity of service and notify security infringements",
  },
  {
    id: "R45-ALL-4",
    part: "invites Member States, Sector Members, Associates and Academia",
    number: "4",
    ms: true,
    summary: "Collaborate on solutions protecting privacy, personal data and network security",
  },
  {
    id: "R45-MS-1",
    part: "invites Member States",
    number: "1",
    ms: true,
    summary: "Framework for rapid response to major incidents and an action plan to prevent and mitigate them",
  },
  {
    id: "R45-MS-2",
    part: "invites Member States",
    number: "2",
    ms: true,
    summary:
      "National strategies and capabilities to protect critical infrastructures, including resilience of telecom/ICT infrastructures",
  },
];

const CLAUSES_BY_ID: ReadonlyMap<string, Clause> = new Map(RES45_CLAUSES.map((c) => [c.id, c]));

/** The clause with this id, or undefined. */
export function clauseById(id: string): Clause | undefined {
  return CLAUSES_BY_ID.get(id);
}
