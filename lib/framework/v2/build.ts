import { RES45_BA2017_V1 } from "../res45-ba2017-v1";
import type { Question } from "../types";
import { optionsOf, type Ladder } from "./ladders";

type Changes = Partial<Omit<Question, "id" | "options" | "ladder">> & { weight: number; ladder?: Ladder };

/**
 * A version-2 question that continues the v1 question with the same id: a copy of it (v1 is not changed)
 * with the given changes. `ladder` replaces the options with a shared ladder; without it the question keeps
 * its own v1 options (a kind of question no other question shares), recorded as ladder "own".
 */
export function continued(id: string, changes: Changes): Question {
  const v1 = RES45_BA2017_V1.questions.find((q) => q.id === id);
  if (!v1) throw new Error(`v1 has no question ${id}`);
  const { ladder, ...rest } = changes;
  const copy = structuredClone(v1);
  return {
    ...copy,
    ...rest,
    options: ladder ? optionsOf(ladder) : copy.options,
    ladder: ladder ? ladder.id : "own",
  };
}

/** A question that is new in version 2. */
export function added(q: Omit<Question, "options" | "ladder" | "points"> & { ladder: Ladder }): Question {
  const { ladder, ...rest } = q;
  return { ...rest, options: optionsOf(ladder), ladder: ladder.id };
}
