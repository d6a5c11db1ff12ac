"use client";

import type { AnswerReview } from "@/lib/validation/dialogue";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { QuestionnaireForm } from "@/lib/assessment/answers.validation";
import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { answerSchemas } from "./answer-schemas";
import { AutosaveQueue, EMPTY_ANSWER, type Answers, type Conflict, type SaveStatus } from "@/lib/assessment/autosave";
import type { EvidenceDocument } from "@/lib/evidence/document";
import type { Framework } from "@/lib/framework/types";
import { ProgressNav } from "./progress-nav";
import { PillarSteps, PillarSwitch } from "./pillar-switch";
import { usePillarShown } from "./use-pillar-shown";
import { groupAnchor, pillarAnchor } from "@/lib/assessment/pillar-anchor";
import type { PlannedActionSummary } from "@/app/_components/plan/planned-actions-note";
import { QuestionField } from "./question-field";
import { SaveStatusBadge } from "./save-status";
import { SubmitPanel } from "./submit-panel";
import { assessmentTransport, localPendingStore } from "./transport";
import { QuestionThread, type ThreadComment } from "@/app/_components/team/question-thread";

/** A question given to a contributor, as the questionnaire marks it. */
export interface QuestionAssignment {
  questionId: string;
  name: string;
  dueDate: string | null;
  mine: boolean;
}

export interface QuestionnaireProps {
  framework: Framework;
  iso3: string;
  cycle: number;
  version: number;
  answers: Answers;
  comments: { questionId: string; text: string; author: string }[];
  /** The validation dialogue of the answers BDT reviewed. */
  reviews: AnswerReview[];
  /** The state's plan actions, shown beside the questions they target. */
  plannedActions: PlannedActionSummary[];
  readOnly: boolean;
  /** The documents attached to the answers. */
  documents: EvidenceDocument[];
  /** A contributor's questions, the only ones they may change; null for a focal point (every question). */
  assignedToMe: string[] | null;
  assignments: QuestionAssignment[];
  /** Each question's discussion, and whom a comment may mention. */
  threads: Record<string, ThreadComment[]>;
  mentionable: { name: string; email: string }[];
  /** Whether the submit panel is shown (the focal points' step). */
  canSubmit: boolean;
}

export function Questionnaire({
  framework,
  iso3,
  cycle,
  version,
  answers,
  comments,
  reviews,
  plannedActions,
  readOnly,
  documents: initialDocuments,
  assignedToMe,
  assignments,
  threads,
  mentionable,
  canSubmit,
}: QuestionnaireProps) {
  const [documents, setDocuments] = useState(initialDocuments);
  const defaultValues = useMemo<QuestionnaireForm>(
    () => ({ answers: Object.fromEntries(framework.questions.map((q) => [q.id, answers[q.id] ?? EMPTY_ANSWER])) }),
    [framework, answers],
  );
  const t = useTranslations("assessment");
  const form = useForm<QuestionnaireForm>({
    defaultValues,
    resolver: useLazyZodResolver(() => answerSchemas().then((m) => m.questionnaireFormSchema)),
    mode: "onChange",
  });
  const [status, setStatus] = useState<{ status: SaveStatus; message?: string }>({ status: "saved" });
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const queueRef = useRef<AutosaveQueue | null>(null);
  const applyingRemote = useRef(false);
  // One pillar at a time: a browser hydrates a fifth of the questions, not all of them (docs/benchmarks.md).
  const shownPillar = usePillarShown(framework);

  useEffect(() => {
    if (readOnly) return;
    const applyRemote = (remote: Answers) => {
      applyingRemote.current = true;
      for (const [id, state] of Object.entries(remote)) form.setValue(`answers.${id}`, state);
      applyingRemote.current = false;
    };
    const queue = new AutosaveQueue(
      { version, answers },
      // The transport words its own refusals; they reach the save status as they are.
      assessmentTransport(iso3, cycle, {
        sessionEnded: t("saveStatus.sessionEnded"),
        refused: (status) => t("saveStatus.refusedWithStatus", { status: String(status) }),
      }),
      {
        status: (s, message) => setStatus({ status: s, message }),
        remoteChanges: applyRemote,
        conflicts: setConflicts,
      },
      localPendingStore(iso3, cycle),
      { set: (fn, ms) => window.setTimeout(fn, ms), clear: (h) => window.clearTimeout(h as number) },
    );
    queueRef.current = queue;
    applyRemote(queue.restore());

    const subscription = form.watch((values, { name }) => {
      if (applyingRemote.current || !name?.startsWith("answers.")) return;
      const questionId = name.split(".")[1];
      if (!questionId) return;
      const answer = values.answers?.[questionId];
      // The schema is loaded once (on mount); changes wait for it in the order they were made. If it could not be
      // fetched (offline before it arrived), the change is queued as the form holds it, not lost: the server
      // validates every save with the same schema.
      void answerSchemas().then(
        ({ answerStateSchema }) => {
          const parsed = answerStateSchema.safeParse(answer);
          if (parsed.success) queue.change(questionId, parsed.data);
        },
        () => {
          if (answer) queue.change(questionId, { ...EMPTY_ANSWER, ...answer } as Answers[string]);
        },
      );
    });
    const online = () => queue.retry();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (queue.hasUnsaved) event.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeUnload);
    };
    // The queue lives for the page's life; the server's first answers seed it once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const conflictById = new Map(conflicts.map((c) => [c.questionId, c]));
  const commentsById = new Map<string, { text: string; author: string }[]>();
  for (const c of comments) commentsById.set(c.questionId, [...(commentsById.get(c.questionId) ?? []), c]);

  return (
    <FormProvider {...form}>
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <ProgressNav framework={framework} shown={shownPillar} />
        </aside>
        <form
          onSubmit={(e) => e.preventDefault()}
          noValidate
          className="min-w-0 space-y-10"
          aria-label={t("questionnaire.formLabel")}
        >
          {!readOnly && (
            <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-b-lg border-b border-line bg-canvas/95 py-3 backdrop-blur">
              <p className="text-sm text-muted">{t("questionnaire.autosaveHint")}</p>
              <SaveStatusBadge
                status={status.status}
                message={status.message}
                onRetry={() => queueRef.current?.retry()}
              />
            </div>
          )}
          {conflicts.length > 0 && (
            <p role="alert" className="rounded-md border border-danger/50 bg-red-50 p-3 text-sm text-danger">
              {t("questionnaire.conflicts", { count: conflicts.length })}{" "}
              {conflicts.map((c) => (
                <a key={c.questionId} href={`#${c.questionId}`} className="me-2 font-mono">
                  {c.questionId}
                </a>
              ))}
            </p>
          )}
          <PillarSwitch framework={framework} shown={shownPillar} />
          {framework.pillars
            .filter((pillar) => pillar.id === shownPillar)
            .map((pillar) => (
              <section key={pillar.id} aria-labelledby={pillarAnchor(pillar.id)} className="space-y-6">
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
                        .map((q) => (
                          <div key={q.id}>
                            <QuestionField
                              question={q}
                              disabled={readOnly || (assignedToMe !== null && !assignedToMe.includes(q.id))}
                              assignment={assignments.find((a) => a.questionId === q.id)}
                              lockedForMe={!readOnly && assignedToMe !== null && !assignedToMe.includes(q.id)}
                              comments={commentsById.get(q.id) ?? []}
                              review={reviews.find((r) => r.questionId === q.id)}
                              plannedActions={plannedActions.filter((a) => a.questionId === q.id)}
                              cycle={cycle}
                              conflict={conflictById.get(q.id)}
                              onResolve={(choice) => {
                                const c = conflictById.get(q.id);
                                if (choice === "theirs" && c) {
                                  applyingRemote.current = true;
                                  form.setValue(`answers.${q.id}`, c.theirs);
                                  applyingRemote.current = false;
                                }
                                queueRef.current?.resolve(q.id, choice);
                              }}
                              documents={{
                                iso3,
                                list: documents.filter((d) => d.questionId === q.id),
                                onChange: (next) =>
                                  setDocuments((all) => [...all.filter((d) => d.questionId !== q.id), ...next]),
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
                        ))}
                    </section>
                  ))}
              </section>
            ))}
          <PillarSteps framework={framework} shown={shownPillar} />
          {!readOnly && canSubmit && (
            <SubmitPanel
              framework={framework}
              iso3={iso3}
              cycle={cycle}
              canSubmit={status.status === "saved" && conflicts.length === 0}
              documents={documents}
              flush={() => queueRef.current?.flush() ?? Promise.resolve()}
            />
          )}
        </form>
      </div>
    </FormProvider>
  );
}
