/**
 * Seeded demo action plans: each state plans actions on some of its largest
 * gaps of the previous cycle, so the plan pages, the "what the plan achieved"
 * section and BDT's regional view have something to show.
 */
import type { Framework, PillarId } from "../framework/types";
import { comparableAnswers } from "../framework/versions";
import { clauseOfQuestion, suggestedTitle } from "../plan/actions";
import type { ActionStatus, Priority } from "../plan/plan.validation";
import { listGaps, questionCredit } from "../scoring";
import type { AnswerInput } from "../scoring/types";
import { hashString, seededRandom } from "./generate";

export interface DemoAction {
  questionId: string;
  clause: string;
  title: string;
  owner: string;
  targetDate: string;
  priority: Priority;
  status: ActionStatus;
  createdCycle: number;
}

const OWNER: Record<PillarId, string> = {
  legal: "Ministry of Justice",
  technical: "National CIRT",
  organizational: "National Cybersecurity Agency",
  capacity: "Ministry of Education",
  cooperation: "Ministry of Foreign Affairs",
};

/**
 * Between two and five actions on the state's ten largest gaps of cycle
 * `createdCycle`. An action whose question improved by the next cycle is done;
 * the others are planned or in progress, some past their target date. The next
 * cycle may be answered with a later questionnaire (`afterFramework`): a question
 * then improved only where the crosswalk carries the earlier answer over.
 */
export function generateDemoPlan(
  framework: Framework,
  iso3: string,
  createdCycle: number,
  before: readonly AnswerInput[],
  after: readonly AnswerInput[],
  { afterFramework = framework, seed = 45 }: { afterFramework?: Framework; seed?: number } = {},
): DemoAction[] {
  const random = seededRandom(hashString(`${seed}:${iso3}:${createdCycle}:plan`));
  const candidates = listGaps(framework, before).slice(0, 10);
  const count = Math.min(candidates.length, 2 + Math.floor(random() * 4));
  // Fisher–Yates with the seeded generator: the same choice on every machine.
  const shuffled = [...candidates];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const chosen = shuffled.slice(0, count);
  const earlier = comparableAnswers(afterFramework, framework.id, before);
  const credit = (answers: readonly AnswerInput[], id: string) => {
    const q = afterFramework.questions.find((x) => x.id === id)!;
    return questionCredit(
      q,
      [...answers].reverse().find((a) => a.questionId === id),
    );
  };
  const improved = (id: string) => earlier.questionIds.has(id) && credit(after, id) > credit(earlier.answers, id);
  return chosen.map((gap, i) => {
    const month = 1 + Math.floor(random() * 12);
    const targetYear = createdCycle + (random() < 0.5 ? 1 : 2);
    return {
      questionId: gap.questionId,
      clause: clauseOfQuestion(framework, gap.questionId)!,
      title: suggestedTitle(framework, gap.questionId, "en", before),
      owner: OWNER[gap.pillar as PillarId],
      targetDate: `${targetYear}-${String(month).padStart(2, "0")}-28`,
      priority: i === 0 ? "high" : i < 3 ? "medium" : "low",
      status: improved(gap.questionId) ? "done" : random() < 0.5 ? "in_progress" : "planned",
      createdCycle,
    };
  });
}
