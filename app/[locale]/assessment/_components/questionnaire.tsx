"use client";

import type { AnswerReview } from "@/lib/validation/dialogue";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { QuestionnaireForm } from "@/lib/assessment/answers.validation";
import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { answerSchemas } from "./answer-schemas";
import { AutosaveQueue, EMPTY_ANSWER, type Answers, type Conflict, type SaveStatus } from "@/lib/assessment/autosave";
import type { EvidenceDocument } from "@/lib/evidence/document";
import type { Framework } from "@/lib/framework/types";
import { ProgressNav } from "./progress-nav";
import { PillarSteps, PillarSwitch } from "./pillar-switch";
import { usePillarShown } from "./use-pillar-shown";
import type { PlannedActionSummary } from "@/app/_components/plan/planned-actions-note";
import { PillarQuestions } from "./pillar-questions";
import { QuestionnaireFieldsProvider } from "./questionnaire-fields";
import { SaveStatusBadge } from "./save-status";
import { SubmitPanel } from "./submit-panel";
import { assessmentTransport, localPendingStore } from "./transport";
import type { ThreadComment } from "@/app/_components/team/question-thread";

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

  const resolveConflict = useCallback(
    (conflict: Conflict, choice: "mine" | "theirs") => {
      if (choice === "theirs") {
        applyingRemote.current = true;
        form.setValue(`answers.${conflict.questionId}`, conflict.theirs);
        applyingRemote.current = false;
      }
      queueRef.current?.resolve(conflict.questionId, choice);
    },
    [form],
  );
  const changeDocuments = useCallback(
    (questionId: string, next: EvidenceDocument[]) =>
      setDocuments((all) => [...all.filter((d) => d.questionId !== questionId), ...next]),
    [],
  );
  const fields = useMemo(
    () => ({ control: form.control, register: form.register, setValue: form.setValue }),
    [form.control, form.register, form.setValue],
  );

  return (
    <QuestionnaireFieldsProvider fields={fields}>
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
          <PillarQuestions
            framework={framework}
            pillar={shownPillar}
            iso3={iso3}
            cycle={cycle}
            readOnly={readOnly}
            assignedToMe={assignedToMe}
            assignments={assignments}
            comments={comments}
            reviews={reviews}
            plannedActions={plannedActions}
            conflicts={conflicts}
            documents={documents}
            threads={threads}
            mentionable={mentionable}
            onResolve={resolveConflict}
            onDocumentsChange={changeDocuments}
          />
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
    </QuestionnaireFieldsProvider>
  );
}
