import "server-only";
import { wakeMailSender } from "./mail-sender";
import { notifyStateFocalPoints } from "./notifications";
import {
  countAssessmentsByFramework,
  deleteAnswers,
  findAssessment,
  findFrameworkChange,
  findStateAndCycle,
  insertDraft,
  insertReviewComments,
  listAuditEntries,
  loadAnswers,
  loadStatusHistory,
  loadAssessmentView,
  recordFrameworkChange,
  recordStatusChange,
  updateScores,
  updateStatus,
  writeAnswerChanges,
  type AssessmentRow,
  type ChangeAuthor,
} from "@/db/queries/assessments";
import { listDocumentRefs, listDocuments } from "@/db/queries/evidence";
import { listReviewSteps, storeValidatedScores } from "@/db/queries/validation";
import { inTransaction, isUniqueViolation, getDb, type Executor, type Tx } from "@/db/transaction";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import { addedEvidenceLinks, applyAnswerPatch } from "@/lib/assessment/answer-changes";
import type { AnswersPatch } from "@/lib/assessment/answers.validation";
import { checkAnswersAgainstFramework } from "@/lib/assessment/answer-problems";
import { checkAssessmentFile, type AssessmentFile } from "@/lib/assessment/exchange";
import { carryOverNotice, planCarryOver, type CarryOverNotice } from "@/lib/assessment/carry-over";
import { checkTransition, isEditable, type AssessmentStatus, type StatusAction } from "@/lib/assessment/status";
import { checkSubmission, type SubmissionCheck } from "@/lib/assessment/submission";
import type { AssessmentAnswer, AssessmentView, AuditEntry } from "@/lib/assessment/view";
import { scoringAnswers, type EvidenceDocument } from "@/lib/evidence/document";
import { AppError, appError, type FieldProblem } from "@/lib/errors";
import { CURRENT_FRAMEWORK, cycleFrameworkId, frameworkOf } from "@/lib/framework";
import type { Framework } from "@/lib/framework/types";
import { scoreAssessment } from "@/lib/scoring";
import { probeNewLinksSoon } from "./link-checker";
import { openQuestionIds, reviewsOf } from "@/lib/validation/dialogue";
import { validatedScore } from "@/lib/validation/validated-score";
import { listAssignmentRows } from "@/db/queries/team";
import { assignedTo } from "@/lib/team/assignments";
import {
  assertCanEditAnswers,
  assertCanReadAssessment,
  assertCanReview,
  assertCanSaveQuestions,
  assertStateMember,
  isFocalPointOf,
} from "./access";

export type { AssessmentAnswer, AssessmentView, AuditEntry, ReviewComment, StatusChange } from "@/lib/assessment/view";
export type { CarryOverNotice } from "@/lib/assessment/carry-over";

function authorOf(actor: Actor): ChangeAuthor {
  return { userId: actor.userId, name: actorDisplayName(actor) };
}

/** The state and cycle exist (404 otherwise); returns the cycle. */
export async function requireStateAndCycle(ex: Executor, iso3: string, cycle: number) {
  const found = await findStateAndCycle(ex, iso3, cycle);
  if (!found) throw appError("not_found.member_state", { iso3 });
  if (!found.cycle) throw appError("not_found.cycle", { cycle });
  return found.cycle;
}

/**
 * The questionnaire version a cycle is read with: the current one in the open cycle, and in a closed cycle
 * the one most of its assessments were answered with.
 */
export async function frameworkOfCycle(ex: Executor, cycle: { year: number; status: string }): Promise<Framework> {
  if (cycle.status === "open") return CURRENT_FRAMEWORK;
  return frameworkOf(cycleFrameworkId(false, await countAssessmentsByFramework(ex, cycle.year)));
}

function notStartedView(iso3: string, cycle: number, framework: Framework): AssessmentView {
  return {
    iso3,
    cycle,
    status: "not_started",
    version: 0,
    framework: framework.id,
    answers: [],
    documents: [],
    scores: scoreAssessment(framework, []),
    validatedScores: null,
    comments: [],
    history: [],
    updatedAt: null,
  };
}

const statusOf = (row: AssessmentRow | undefined) => (row?.status ?? "not_started") as AssessmentStatus;

/** The assessment of one state in one cycle, as the asker may see it. */
export async function getAssessment(actor: Actor, iso3: string, cycle: number): Promise<AssessmentView> {
  const db = await getDb();
  const cycleRow = await requireStateAndCycle(db, iso3, cycle);
  const row = await findAssessment(db, iso3, cycle);
  assertCanReadAssessment(actor, iso3, statusOf(row));
  return row ? loadAssessmentView(db, row) : notStartedView(iso3, cycle, await frameworkOfCycle(db, cycleRow));
}

export interface EditingView {
  view: AssessmentView;
  /** Set when the assessment was begun on an earlier questionnaire version and moved to this one. */
  carryOver: CarryOverNotice | null;
}

/**
 * The assessment a focal point opens to edit, in the open cycle. A draft or returned assessment begun on an
 * earlier questionnaire version moves to the current one first, in one transaction: every answer the
 * crosswalk maps is kept with its evidence and note, the others are cleared, each change and the move itself
 * are recorded in the audit trail, and the scores and version are updated. Anyone else, and any other
 * assessment, reads it as `getAssessment` does.
 */
export async function openAssessmentForEditing(actor: Actor, iso3: string, cycle: number): Promise<EditingView> {
  const view = await getAssessment(actor, iso3, cycle);
  const moved =
    isFocalPointOf(actor, iso3) && isEditable(view.status) && view.framework !== CURRENT_FRAMEWORK.id
      ? await moveToCurrentFramework(actor, iso3, cycle)
      : undefined;
  const current = moved ?? view;
  const db = await getDb();
  const row = current.framework === CURRENT_FRAMEWORK.id ? await findAssessment(db, iso3, cycle) : undefined;
  const change = row ? await findFrameworkChange(db, row.id) : undefined;
  return {
    view: current,
    carryOver: change ? carryOverNotice(change.from, frameworkOf(current.framework), change.at, current.answers) : null,
  };
}

async function moveToCurrentFramework(actor: Actor, iso3: string, cycle: number): Promise<AssessmentView | undefined> {
  return inTransaction(async (tx) => {
    const cycleRow = await requireStateAndCycle(tx, iso3, cycle);
    const row = await findAssessment(tx, iso3, cycle, { forUpdate: true });
    // Checked again under the lock: another request may have moved, submitted or closed it meanwhile.
    if (!row || cycleRow.status !== "open" || !isEditable(statusOf(row))) return undefined;
    const stored = await loadAnswers(tx, row.id);
    const plan = planCarryOver(frameworkOf(row.frameworkId), CURRENT_FRAMEWORK, stored);
    if (!plan) return undefined;
    const author = authorOf(actor);
    const { written, changes, all } = applyAnswerPatch(stored, plan.patch);
    // The move first, then the answers it changed: the audit trail reads them under the new version.
    await recordFrameworkChange(tx, row, CURRENT_FRAMEWORK.id, author);
    await deleteAnswers(tx, row.id, plan.dropped);
    await writeAnswerChanges(tx, row, author, written, changes);
    const kept = all.filter((a) => !plan.dropped.includes(a.questionId));
    const scores = scoreAssessment(CURRENT_FRAMEWORK, kept);
    const updated = await updateScores(tx, row, scores, row.version + 1, CURRENT_FRAMEWORK.id);
    if (!updated) throw appError("conflict.saved_concurrently");
    return loadAssessmentView(tx, updated);
  });
}

function refuseTransition(action: StatusAction, status: AssessmentStatus, actor: Actor, version: number) {
  const transition = checkTransition(action, status, actor.role);
  if (!transition.ok) throw new AppError(transition.code, { params: transition.params, currentVersion: version });
  return transition.to;
}

/**
 * Refuses a change to answers the actor may not make: a contributor's to a question not assigned to them
 * (403 `forbidden.not_assigned`); anyone else's as `assertCanEditAnswers`. Inside the saving transaction.
 */
export async function assertMayChangeAnswers(
  ex: Executor,
  actor: Actor,
  iso3: string,
  cycle: number,
  questionIds: string[],
): Promise<void> {
  const mine =
    actor.role === "contributor"
      ? assignedTo(await listAssignmentRows(ex, iso3, cycle), actor.userId)
      : new Set<string>();
  assertCanSaveQuestions(actor, iso3, questionIds, mine);
}

/**
 * Applies a focal point's (or a contributor's, to their assigned questions) change to some answers, made
 * against `patch.version`.
 * All or nothing: the answers, their audit records, the new scores and the new
 * version are written in one transaction; a stale version is a conflict that
 * carries the current one.
 */
export async function saveAnswers(
  actor: Actor,
  iso3: string,
  cycle: number,
  patch: AnswersPatch,
): Promise<AssessmentView> {
  assertStateMember(actor, iso3);
  try {
    const { view, addedLinks } = await inTransaction(async (tx) => {
      // One round trip: the lock is released with the transaction if a check below refuses.
      const [cycleRow, found] = await Promise.all([
        requireStateAndCycle(tx, iso3, cycle),
        findAssessment(tx, iso3, cycle, { forUpdate: true }),
      ]);
      await assertMayChangeAnswers(
        tx,
        actor,
        iso3,
        cycle,
        patch.answers.map((a) => a.questionId),
      );
      if (cycleRow.status !== "open") throw appError("conflict.cycle_closed", { cycle });
      let row = found;
      const current = row?.version ?? 0;
      if (patch.version !== current)
        throw appError("conflict.version", { version: patch.version, current }, { currentVersion: current });
      refuseTransition("save", statusOf(row), actor, current);

      const framework = row ? frameworkOf(row.frameworkId) : CURRENT_FRAMEWORK;
      const problems = checkAnswersAgainstFramework(framework, patch.answers);
      if (problems.length > 0) throw new AppError("validation.answers", { problems });

      if (!row) {
        row = await insertDraft(tx, { iso3, cycle, frameworkId: framework.id });
        await recordStatusChange(tx, row, "not_started", "draft", authorOf(actor));
      }
      // A new draft is inserted at version 1, which this first save is; later saves count up from the client's.
      // The history goes in writeAnswers' first batch (issued in the same tick): the view needs it, and a save
      // does not change it.
      const [written, history] = await Promise.all([
        writeAnswers(tx, row, actor, framework, patch.answers, current + 1),
        loadStatusHistory(tx, row.id),
      ]);
      return {
        view: await loadAssessmentView(tx, written.row, { ...written, history }),
        addedLinks: written.addedLinks,
      };
    });
    // Once the save is committed, a link this save added is probed in the background (if never seen before).
    probeNewLinksSoon(addedLinks);
    return view;
  } catch (error) {
    // Two first saves of one state at once: the second insert hits the unique key; a conflict, not a crash.
    if (isUniqueViolation(error)) throw appError("conflict.started_concurrently", {}, { currentVersion: 1 });
    throw error;
  }
}

/**
 * Writes a change of answers, its audit records, the new scores and the next version, on a row locked by the
 * caller: saving answers, and a focal point accepting BDT's proposal (server/validation.ts), go this one way.
 */
export async function writeAnswers(
  tx: Tx,
  row: AssessmentRow,
  actor: Actor,
  framework: Framework,
  patch: AnswersPatch["answers"],
  nextVersion = row.version + 1,
): Promise<{ row: AssessmentRow; addedLinks: string[]; answers: AssessmentAnswer[]; documents: EvidenceDocument[] }> {
  // Read together, then written together: each batch is one round trip.
  const [current, documents] = await Promise.all([loadAnswers(tx, row.id), listDocuments(tx, row.id)]);
  const { written, changes, all } = applyAnswerPatch(current, patch);
  // An answer is evidenced by its links and its documents alike.
  const scores = scoreAssessment(framework, scoringAnswers(all, documents));
  const [, updated] = await Promise.all([
    writeAnswerChanges(tx, row, authorOf(actor), written, changes),
    updateScores(tx, row, scores, nextVersion),
  ]);
  if (!updated) throw appError("conflict.saved_concurrently");
  // What the view shows, as loadAnswers orders it: no need to read back what was just written.
  const answers = all.sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
  return { row: updated, addedLinks: addedEvidenceLinks(changes), answers, documents };
}

async function changeStatus(
  actor: Actor,
  iso3: string,
  cycle: number,
  action: Exclude<StatusAction, "save">,
  alongside: (tx: Tx, row: AssessmentRow, framework: Framework, historyId: number) => Promise<void> = async () => {},
): Promise<AssessmentView> {
  if (action === "submit") assertCanEditAnswers(actor, iso3);
  else assertCanReview(actor);
  return inTransaction(async (tx) => {
    await requireStateAndCycle(tx, iso3, cycle);
    const row = await findAssessment(tx, iso3, cycle, { forUpdate: true });
    if (!row) throw appError("conflict.not_started", { cycle, iso3 }, { currentVersion: 0 });
    const from = statusOf(row);
    const to = refuseTransition(action, from, actor, row.version);
    const framework = frameworkOf(row.frameworkId);
    if (action === "submit") {
      const check = checkSubmission(framework, await loadAnswers(tx, row.id));
      if (!check.ready) {
        const params = { count: check.unanswered.length, questions: check.unanswered.join(", ") };
        throw appError("validation.unanswered", params, { details: { unanswered: check.unanswered } });
      }
    }
    const historyId = await recordStatusChange(tx, row, from, to, authorOf(actor));
    await alongside(tx, row, framework, historyId);
    return loadAssessmentView(tx, await updateStatus(tx, row, to));
  });
}

export function submitAssessment(actor: Actor, iso3: string, cycle: number) {
  return changeStatus(actor, iso3, cycle, "submit");
}

/**
 * Validates a submission once the dialogue is settled: refused (409 `conflict.open_queries`, with the
 * `questionIds`) while any query or proposal is open. Answers never queried are accepted with it, and the
 * validated score (lib/validation/validated-score.ts) is stored beside the self-assessed one.
 */
export function validateAssessment(actor: Actor, iso3: string, cycle: number) {
  return changeStatus(actor, iso3, cycle, "validate", async (tx, row, framework) => {
    const [answers, documents, steps] = await Promise.all([
      loadAnswers(tx, row.id),
      listDocumentRefs(tx, row.id),
      listReviewSteps(tx, row.id),
    ]);
    const reviews = reviewsOf(framework, answers, steps);
    const open = openQuestionIds(reviews);
    if (open.length > 0)
      throw appError(
        "conflict.open_queries",
        { count: open.length, questions: open.join(", ") },
        { details: { questionIds: open }, currentVersion: row.version },
      );
    const state = new Map(reviews.map((r) => [r.questionId, r.state]));
    const scores = validatedScore(framework, scoringAnswers(answers, documents), (q) => state.get(q) ?? "not_reviewed");
    await storeValidatedScores(tx, row.id, scores);
  });
}

/** Returns a submission to its state, with comments on the answers to change. */
export function returnAssessment(
  actor: Actor,
  iso3: string,
  cycle: number,
  comments: { questionId: string; text: string }[],
) {
  return changeStatus(actor, iso3, cycle, "return", async (tx, row, framework, historyId) => {
    const known = new Set(framework.questions.map((q) => q.id));
    const problems: FieldProblem[] = comments.flatMap((c, i) =>
      known.has(c.questionId)
        ? []
        : [
            {
              path: ["comments", i, "questionId"],
              message: "",
              code: "validation.unknown_question" as const,
              params: { questionId: c.questionId, framework: framework.id },
            },
          ],
    );
    if (problems.length > 0) throw new AppError("validation.comments", { problems });
    await insertReviewComments(tx, row, historyId, authorOf(actor), comments);
    await notifyStateFocalPoints(tx, iso3, { kind: "assessment_returned", params: { cycle, iso3 } });
  }).then((view) => {
    wakeMailSender();
    return view;
  });
}

/** The audit trail of one assessment, newest first. Read-only by construction. */
export async function listAuditTrail(actor: Actor, iso3: string, cycle: number, limit = 500): Promise<AuditEntry[]> {
  const db = await getDb();
  await requireStateAndCycle(db, iso3, cycle);
  const row = await findAssessment(db, iso3, cycle);
  assertCanReadAssessment(actor, iso3, statusOf(row));
  return row ? listAuditEntries(db, row.id, limit) : [];
}

/** The submission check shown before submitting (what is unanswered, which evidence is missing). */
export async function getSubmissionCheck(actor: Actor, iso3: string, cycle: number): Promise<SubmissionCheck> {
  const view = await getAssessment(actor, iso3, cycle);
  return checkSubmission(frameworkOf(view.framework), scoringAnswers(view.answers, view.documents));
}

/**
 * Imports a file of answers (prepared offline) into the state's draft: the whole
 * file is checked first and every problem reported; nothing is written unless all
 * of it is valid, and then all of it is written in one transaction.
 */
export async function importAnswers(actor: Actor, iso3: string, cycle: number, file: unknown): Promise<AssessmentView> {
  assertCanEditAnswers(actor, iso3);
  const current = await getAssessment(actor, iso3, cycle);
  const problems = checkAssessmentFile(file, { iso3, cycle, framework: frameworkOf(current.framework) });
  if (problems.length > 0) throw new AppError("validation.answers_file", { problems });
  const { answers: imported } = file as AssessmentFile;
  if (imported.length === 0) return current;
  return saveAnswers(actor, iso3, cycle, { version: current.version, answers: imported });
}
