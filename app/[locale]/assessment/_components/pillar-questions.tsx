"use client";

import { memo, useMemo } from "react";
import type { Conflict } from "@/lib/assessment/autosave";
import { groupAnchor, pillarAnchor } from "@/lib/assessment/pillar-anchor";
import type { EvidenceDocument } from "@/lib/evidence/document";
import type { Framework, PillarId } from "@/lib/framework/types";
import type { AnswerReview } from "@/lib/validation/dialogue";
import type { PlannedActionSummary } from "@/app/_components/plan/planned-actions-note";
import { QuestionThread, type ThreadComment } from "@/app/_components/team/question-thread";
import type { QuestionAssignment } from "./questionnaire";
import { QuestionField } from "./question-field";

export interface PillarQuestionsProps {
  framework: Framework;
  pillar: PillarId;
  iso3: string;
  cycle: number;
  readOnly: boolean;
  assignedToMe: string[] | null;
  assignments: QuestionAssignment[];
  comments: { questionId: string; text: string; author: string }[];
  reviews: AnswerReview[];
  plannedActions: PlannedActionSummary[];
  conflicts: Conflict[];
  documents: EvidenceDocument[];
  threads: Record<string, ThreadComment[]>;
  mentionable: { name: string; email: string }[];
  /** Both callbacks keep their identity, so that the questions render again only when what they show changed. */
  onResolve: (conflict: Conflict, choice: "mine" | "theirs") => void;
  onDocumentsChange: (questionId: string, next: EvidenceDocument[]) => void;
}

/**
 * The shown pillar's questions, by indicator group. Memoised: the questionnaire renders again whenever the save
 * status moves (twice per autosave), and its questions need not.
 */
export const PillarQuestions = memo(function PillarQuestions({
  framework,
  pillar: pillarId,
  iso3,
  cycle,
  readOnly,
  assignedToMe,
  assignments,
  comments,
  reviews,
  plannedActions,
  conflicts,
  documents,
  threads,
  mentionable,
  onResolve,
  onDocumentsChange,
}: PillarQuestionsProps) {
  const commentsById = useMemo(() => {
    const byId = new Map<string, { text: string; author: string }[]>();
    for (const c of comments) byId.set(c.questionId, [...(byId.get(c.questionId) ?? []), c]);
    return byId;
  }, [comments]);
  const pillar = framework.pillars.find((p) => p.id === pillarId)!;

  return (
    <section aria-labelledby={pillarAnchor(pillar.id)} className="space-y-6">
      <h2 id={pillarAnchor(pillar.id)} className="scroll-mt-24 text-2xl font-bold text-brand-900">
        {pillar.name}
      </h2>
      {framework.groups
        .filter((g) => g.pillar === pillar.id)
        .map((group) => (
          <section
            key={group.id}
            id={groupAnchor(group.id)}
            aria-labelledby={`group-${group.id}-title`}
            className="scroll-mt-24 space-y-4"
          >
            <div>
              <h3 id={`group-${group.id}-title`} className="text-lg font-semibold">
                {group.title}
              </h3>
              <p className="text-sm text-muted">{group.description}</p>
            </div>
            {framework.questions
              .filter((q) => q.group === group.id)
              .map((q) => {
                const conflict = conflicts.find((c) => c.questionId === q.id);
                const locked = assignedToMe !== null && !assignedToMe.includes(q.id);
                return (
                  <div key={q.id}>
                    <QuestionField
                      question={q}
                      disabled={readOnly || locked}
                      assignment={assignments.find((a) => a.questionId === q.id)}
                      lockedForMe={!readOnly && locked}
                      comments={commentsById.get(q.id) ?? []}
                      review={reviews.find((r) => r.questionId === q.id)}
                      plannedActions={plannedActions.filter((a) => a.questionId === q.id)}
                      cycle={cycle}
                      conflict={conflict}
                      onResolve={(choice) => conflict && onResolve(conflict, choice)}
                      documents={{
                        iso3,
                        list: documents.filter((d) => d.questionId === q.id),
                        onChange: (next) => onDocumentsChange(q.id, next),
                      }}
                    />
                    <QuestionThread
                      iso3={iso3}
                      cycle={cycle}
                      questionId={q.id}
                      initial={threads[q.id] ?? []}
                      mentionable={mentionable}
                    />
                  </div>
                );
              })}
          </section>
        ))}
    </section>
  );
});
