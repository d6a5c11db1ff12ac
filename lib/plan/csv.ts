/** The plan as CSV: one row per action, the columns a ministry's spreadsheet needs. */
import { toCsv } from "../csv";
import { clauseCitation, type Framework } from "../framework";
import { isOverdue, type PlanAction } from "./actions";
import { PRIORITY_LABEL, STATUS_LABEL } from "./plan.validation";

const HEADER = [
  "action_id",
  "iso3",
  "title",
  "question_id",
  "question",
  "pillar",
  "outcome",
  "clause",
  "clause_citation",
  "owner",
  "target_date",
  "priority",
  "status",
  "overdue",
  "created_cycle",
  "updated_at",
];

export function planCsv(framework: Framework, actions: readonly PlanAction[], today: string): string {
  const rows = actions.map((a) => {
    const question = framework.questions.find((q) => q.id === a.questionId);
    return [
      a.id,
      a.iso3,
      a.title,
      a.questionId,
      question?.text ?? "",
      question?.pillar ?? "",
      question?.outcome ?? "",
      a.clause,
      clauseCitation(a.clause) ?? "",
      a.owner,
      a.targetDate,
      PRIORITY_LABEL[a.priority],
      STATUS_LABEL[a.status],
      isOverdue(a, today) ? "yes" : "no",
      a.createdCycle,
      a.updatedAt,
    ];
  });
  return toCsv([HEADER, ...rows]);
}
