"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import type { Conflict } from "@/lib/assessment/autosave";
import { formatPoints } from "@/lib/framework/points";
import type { Question } from "@/lib/framework/types";
import { PlannedActionsNote, type PlannedActionSummary } from "@/app/_components/plan/planned-actions-note";
import type { EvidenceDocument } from "@/lib/evidence/document";
import { DocumentUpload } from "./document-upload";
import { ReviewStateBadge, ReviewThread } from "@/app/_components/review/review-thread";
import { waitsForState, type AnswerReview } from "@/lib/validation/dialogue";
import { EvidenceEditor } from "./evidence-editor";
import { useQuestionnaireFields } from "./questionnaire-fields";

/** One side of a conflict in a line: the option chosen, how many evidence links, the note. */
function AnswerSummary({ question, state }: { question: Question; state: Conflict["mine"] }) {
  const t = useTranslations("assessment.question.conflict");
  const option = question.options.find((o) => o.value === state.value);
  const parts = [option ? option.label : t("noAnswer")];
  if (state.evidence.length) parts.push(t("evidenceCount", { count: state.evidence.length }));
  if (state.note) parts.push(t("note", { note: state.note }));
  return <>{parts.join(" · ")}</>;
}

export function QuestionField({
  question,
  disabled,
  comments,
  review,
  plannedActions,
  cycle,
  conflict,
  onResolve,
  documents,
  assignment,
  lockedForMe,
}: {
  question: Question;
  disabled: boolean;
  /** Who the question is assigned to, if anyone. */
  assignment?: { name: string; dueDate: string | null; mine: boolean };
  /** A contributor's view of a question not assigned to them: shown, not editable. */
  lockedForMe?: boolean;
  comments: { text: string; author: string }[];
  /** BDT's review of the answer, when it has a thread. */
  review: AnswerReview | undefined;
  plannedActions: PlannedActionSummary[];
  cycle: number;
  conflict: Conflict | undefined;
  onResolve: (choice: "mine" | "theirs") => void;
  /** The answer's documents, and where they are uploaded to. */
  documents: { iso3: string; list: EvidenceDocument[]; onChange: (next: EvidenceDocument[]) => void };
}) {
  const t = useTranslations("assessment.question");
  const tAssigned = useTranslations("assessment.assigned");
  const format = useFormatter();
  const due = assignment?.dueDate
    ? format.dateTime(new Date(`${assignment.dueDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
    : null;
  const tReview = useTranslations("validation.requests");
  const locale = useLocale();
  const { register, control, setValue } = useQuestionnaireFields();
  const value = useWatch({ control, name: `answers.${question.id}.value` });
  const evidence = useWatch({ control, name: `answers.${question.id}.evidence` }) ?? [];
  const evidenceMissing =
    question.evidenceRequired && value != null && evidence.length === 0 && documents.list.length === 0;
  const legendId = `${question.id}-legend`;

  return (
    <fieldset
      id={question.id}
      className={`card scroll-mt-24 space-y-4 rounded-b-none p-5 ${assignment?.mine ? "border-s-4 border-s-brand-600" : ""} ${lockedForMe ? "opacity-75" : ""}`}
      data-assigned={assignment?.mine ? "mine" : assignment ? "other" : undefined}
      data-locked={lockedForMe ? "true" : undefined}
      aria-describedby={`${question.id}-guidance`}
      disabled={disabled}
    >
      <legend className="sr-only">{question.text}</legend>
      <div className="flex flex-wrap items-center gap-2 text-xs" aria-hidden="true">
        <span className="badge bg-brand-900 font-mono text-white">{question.id}</span>
        <span className="badge bg-brand-100 text-brand-800">{question.outcome}</span>
        {question.evidenceRequired && <span className="badge bg-amber-100 text-warn">{t("evidenceRequired")}</span>}
        {assignment && (
          <span
            className={`badge ${assignment.mine ? "bg-brand-600 text-white" : "bg-canvas text-ink"}`}
            data-testid="question-assignment"
          >
            {assignment.mine
              ? due
                ? tAssigned("toYouDue", { date: due })
                : tAssigned("toYou")
              : due
                ? tAssigned("toOtherDue", { name: assignment.name, date: due })
                : tAssigned("toOther", { name: assignment.name })}
          </span>
        )}
        {lockedForMe && <span className="badge bg-canvas text-muted">{tAssigned("notYours")}</span>}
        {question.points !== undefined && (
          <span className="badge bg-canvas text-ink" data-testid="question-points">
            {t("points", { points: formatPoints(question.points, locale) })}
          </span>
        )}
      </div>
      <p id={legendId} className="font-semibold leading-snug" aria-hidden="true">
        {question.text}
      </p>

      {comments.length > 0 && (
        <div
          className="rounded-md border-s-4 border-warn bg-amber-50 p-3 text-sm"
          role="note"
          aria-label={t("commentsLabel")}
        >
          <p className="font-semibold text-warn">{t("commentHeading")}</p>
          {comments.map((c, i) => (
            <p key={i}>
              {c.text} <span className="text-muted">{t("commentAuthor", { author: c.author })}</span>
            </p>
          ))}
        </div>
      )}

      {review && (
        <div className="space-y-2 rounded-md border border-line p-3" data-testid="question-review">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <ReviewStateBadge state={review.state} />
            {waitsForState(review.state) && (
              <>
                <span>{tReview("onCard")}</span>
                <a href={`#reply-${question.id}`}>{tReview("goReply")}</a>
              </>
            )}
          </p>
          <ReviewThread review={review} question={question} />
        </div>
      )}

      <PlannedActionsNote actions={plannedActions} cycle={cycle} />

      {conflict && (
        <div role="alert" className="space-y-2 rounded-md border border-danger/50 bg-red-50 p-3 text-sm">
          <p className="font-semibold text-danger">{t("conflict.title")}</p>
          <p>
            <span className="font-semibold">{t("conflict.mine")}</span>{" "}
            <AnswerSummary question={question} state={conflict.mine} />
          </p>
          <p>
            <span className="font-semibold">{t("conflict.theirs")}</span>{" "}
            <AnswerSummary question={question} state={conflict.theirs} />
          </p>
          <div className="flex gap-2">
            <button type="button" className="btn-primary" onClick={() => onResolve("mine")}>
              {t("conflict.keepMine")}
            </button>
            <button type="button" className="btn-secondary" onClick={() => onResolve("theirs")}>
              {t("conflict.keepTheirs")}
            </button>
          </div>
        </div>
      )}

      <div role="radiogroup" aria-labelledby={legendId} className="grid gap-2">
        {question.options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-line px-3 py-2 text-sm hover:bg-brand-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              value={o.value}
              className="mt-0.5 h-4 w-4 accent-brand-600"
              {...register(`answers.${question.id}.value`)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {value != null && !disabled && (
        <button
          type="button"
          className="text-xs text-muted underline"
          onClick={() => setValue(`answers.${question.id}.value`, null, { shouldDirty: true })}
        >
          {t("clearAnswer")}
        </button>
      )}

      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-700">{t("whatCountsAsEvidence")}</summary>
        <p id={`${question.id}-guidance`} className="mt-1 text-muted">
          {question.guidance}
        </p>
      </details>

      <Controller
        control={control}
        name={`answers.${question.id}.evidence`}
        render={({ field }) => (
          <EvidenceEditor
            value={field.value ?? []}
            onChange={field.onChange}
            disabled={disabled}
            questionId={question.id}
          />
        )}
      />
      <DocumentUpload
        iso3={documents.iso3}
        cycle={cycle}
        questionId={question.id}
        documents={documents.list}
        onChange={documents.onChange}
        disabled={disabled}
      />
      {evidenceMissing && <p className="text-sm text-warn">{t("evidenceMissing")}</p>}

      <div>
        <label htmlFor={`${question.id}-note`} className="field-label">
          {t.rich("noteLabel", {
            muted: (chunks) => <span className="font-normal text-muted">{chunks}</span>,
          })}
        </label>
        <textarea
          id={`${question.id}-note`}
          rows={2}
          className="field-input"
          {...register(`answers.${question.id}.note`)}
        />
      </div>
    </fieldset>
  );
}
