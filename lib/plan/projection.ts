/**
 * What the plan is worth, by the published scoring rule: the scores the state
 * would reach if every open action were done, and which earlier actions have
 * already moved its score.
 */
import type { Framework } from "../framework/types";
import { listGaps, scoreAssessment, whatIf, type AnswerInput, type WhatIfResult } from "../scoring";
import { isOpen, type PlanAction } from "./actions";

/**
 * The scores with every question that an open action targets closed (best
 * option, with evidence where required): the what-if of the results page,
 * applied to the plan. Questions unknown to the framework are ignored.
 */
export function projectPlan(
  framework: Framework,
  answers: readonly AnswerInput[],
  actions: readonly Pick<PlanAction, "questionId" | "status">[],
): WhatIfResult & { questionIds: string[] } {
  const known = new Set(framework.questions.map((q) => q.id));
  const questionIds = [...new Set(actions.filter(isOpen).map((a) => a.questionId))].filter((id) => known.has(id));
  return { ...whatIf(framework, answers, questionIds), questionIds };
}

export interface ActionEffect {
  action: PlanAction;
  /** Overall-score points this cycle's answer to the question adds over the earlier cycle's answer (may be < 0). */
  points: number;
  /** Whether the question now has its best answer (with evidence where required). */
  closed: boolean;
}

/**
 * For each action made before `cycle`, how much the answer to its question
 * moved the overall score between the earlier assessment (`previous`) and this
 * one (`current`): this cycle's overall score minus the overall score of this
 * cycle's answers with that one question answered as before. Exact (the
 * scoring engine), and each action is credited only with its own question.
 * Actions made in this cycle are left out: they cannot have moved a score
 * measured against an earlier cycle. Largest effect first. When the earlier
 * cycle was answered with another questionnaire version, `previous` holds its
 * answers as the crosswalk carries them and `comparable` the questions that
 * compare: an action on any other question has no measured effect and is left out.
 */
export function actionEffects(
  framework: Framework,
  cycle: number,
  current: readonly AnswerInput[],
  previous: readonly AnswerInput[],
  actions: readonly PlanAction[],
  comparable?: ReadonlySet<string>,
): ActionEffect[] {
  const known = new Set(framework.questions.map((q) => q.id).filter((id) => !comparable || comparable.has(id)));
  const now = scoreAssessment(framework, current).overall;
  const open = new Set(listGaps(framework, current).map((g) => g.questionId));
  const effects: ActionEffect[] = [];
  for (const action of actions) {
    if (action.createdCycle >= cycle || !known.has(action.questionId)) continue;
    const before = previous.filter((a) => a.questionId === action.questionId);
    const reverted = [
      ...current.filter((a) => a.questionId !== action.questionId),
      ...(before.length > 0 ? before : [{ questionId: action.questionId, value: null, evidence: [] }]),
    ];
    const points = now - scoreAssessment(framework, reverted).overall;
    effects.push({
      action,
      // Float noise of two sums of the same terms is not an effect.
      points: Math.abs(points) < 1e-9 ? 0 : points,
      closed: !open.has(action.questionId),
    });
  }
  return effects.sort((a, b) => b.points - a.points || a.action.questionId.localeCompare(b.action.questionId));
}
