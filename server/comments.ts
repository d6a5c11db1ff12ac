import "server-only";
import { findAssessment } from "@/db/queries/assessments";
import {
  insertComment,
  listBdtPeople,
  listCommentRows,
  listStatePeople,
  type CommentRow,
  type Person,
} from "@/db/queries/team";
import { getDb, inTransaction, type Executor } from "@/db/transaction";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import { isSharedWithBdt } from "@/lib/assessment/sharing";
import type { AssessmentStatus, Role } from "@/lib/assessment/status";
import { AppError } from "@/lib/errors";
import { CURRENT_FRAMEWORK, frameworkOf, questionById } from "@/lib/framework";
import { excerptOf } from "@/lib/notifications/kinds";
import { resolveMentions } from "@/lib/team/mentions";
import type { CommentRequest } from "@/lib/team/team.validation";
import { assertCanReadComments, canReadComments } from "./access";
import { requireStateAndCycle } from "./assessments";
import { wakeMailSender } from "./mail-sender";
import { notify, type NotifyContext } from "./notifications";

/**
 * A comment thread per question, between the state's people, and BDT once the state has shared the
 * assessment (submitted or later). Append-only; an @mention (by e-mail address) of someone who can read
 * the thread tells them by e-mail, once per comment.
 */

export interface QuestionComment {
  id: number;
  questionId: string;
  author: string;
  authorRole: Role;
  body: string;
  /** The names of the people the comment mentioned (and who were told). */
  mentioned: string[];
  at: string;
}

const statusOf = (row: { status: string } | undefined) => (row?.status ?? "not_started") as AssessmentStatus;

/** The assessment's status, after checking the state, cycle and question exist and the actor may read. */
async function openThread(ex: Executor, actor: Actor, iso3: string, cycle: number, questionId?: string) {
  await requireStateAndCycle(ex, iso3, cycle);
  const row = await findAssessment(ex, iso3, cycle);
  const status = statusOf(row);
  assertCanReadComments(actor, iso3, status);
  if (questionId !== undefined) {
    const framework = row ? frameworkOf(row.frameworkId) : CURRENT_FRAMEWORK;
    if (!questionById(framework, questionId)) {
      // The refusal names the path's field, as every other refused path parameter does.
      const params = { questionId, framework: framework.id };
      throw new AppError("validation.unknown_question", {
        params,
        problems: [{ path: ["questionId"], message: "", code: "validation.unknown_question", params }],
      });
    }
  }
  return status;
}

function asComments(rows: CommentRow[], people: Map<string, string>): QuestionComment[] {
  return rows.map((r) => ({
    id: r.id,
    questionId: r.questionId,
    author: r.authorName,
    authorRole: r.authorRole as Role,
    body: r.body,
    mentioned: r.mentions.map((id) => people.get(id) ?? "—"),
    at: r.createdAt.toISOString(),
  }));
}

/** Who can read a thread of this state now, i.e. who can be mentioned in it. */
async function readersOf(ex: Executor, iso3: string, status: AssessmentStatus): Promise<Person[]> {
  const state = await listStatePeople(ex, iso3);
  const bdt = isSharedWithBdt(status) ? await listBdtPeople(ex) : [];
  return [...state, ...bdt].filter((p) => canReadComments(p, iso3, status));
}

/** Whether the actor may read (and so add to) this thread: asked before a comment's body is read. */
export async function assertThreadOpen(actor: Actor, iso3: string, cycle: number, questionId: string): Promise<void> {
  await openThread(await getDb(), actor, iso3, cycle, questionId);
}

/** One question's thread, oldest first. */
export async function listComments(
  actor: Actor,
  iso3: string,
  cycle: number,
  questionId: string,
): Promise<QuestionComment[]> {
  const db = await getDb();
  await openThread(db, actor, iso3, cycle, questionId);
  const [rows, people] = await Promise.all([listCommentRows(db, iso3, cycle, questionId), listMentionNames(db, iso3)]);
  return asComments(rows, people);
}

/** Every thread of an assessment (for the questionnaire's panels), oldest first. */
export async function listAllComments(actor: Actor, iso3: string, cycle: number): Promise<QuestionComment[]> {
  const db = await getDb();
  await openThread(db, actor, iso3, cycle);
  const [rows, people] = await Promise.all([listCommentRows(db, iso3, cycle), listMentionNames(db, iso3)]);
  return asComments(rows, people);
}

async function listMentionNames(ex: Executor, iso3: string): Promise<Map<string, string>> {
  const people = [...(await listStatePeople(ex, iso3)), ...(await listBdtPeople(ex))];
  return new Map(people.map((p) => [p.id, p.name || p.email]));
}

/** The people of the state, and BDT once shared: whom a comment may mention (for the panel's helper). */
export async function listMentionable(
  actor: Actor,
  iso3: string,
  cycle: number,
): Promise<Pick<Person, "name" | "email">[]> {
  const db = await getDb();
  const status = await openThread(db, actor, iso3, cycle);
  return (await readersOf(db, iso3, status)).map(({ name, email }) => ({ name, email }));
}

/**
 * Adds a comment to a question's thread; each person it mentions who can read the thread (other than its
 * author) is told by e-mail, in the same transaction.
 */
export async function addComment(
  actor: Actor,
  iso3: string,
  cycle: number,
  questionId: string,
  input: CommentRequest,
  context: NotifyContext,
): Promise<QuestionComment> {
  const { comment, notified } = await inTransaction(async (tx) => {
    const status = await openThread(tx, actor, iso3, cycle, questionId);
    const mentioned = resolveMentions(input.body, await readersOf(tx, iso3, status)).filter(
      (p) => p.id !== actor.userId,
    );
    const author = actorDisplayName(actor);
    const row = await insertComment(tx, {
      iso3,
      cycle,
      questionId,
      authorId: actor.userId,
      authorName: author,
      authorRole: actor.role,
      body: input.body,
      mentions: mentioned.map((p) => p.id),
    });
    for (const person of mentioned) {
      const path =
        isSharedWithBdt(status) && person.memberStateIso3 === null ? `/states/${iso3}/${cycle}/review` : "/assessment";
      await notify(tx, {
        userId: person.id,
        kind: "mention",
        params: { cycle, iso3, questionId, author, excerpt: excerptOf(input.body) },
        link: `${path}#${questionId}`,
        origin: context.requestOrigin,
        locale: context.locale,
      });
    }
    const names = new Map(mentioned.map((p) => [p.id, p.name || p.email]));
    return { comment: asComments([row], names)[0]!, notified: mentioned.length > 0 };
  });
  if (notified) wakeMailSender();
  return comment;
}
