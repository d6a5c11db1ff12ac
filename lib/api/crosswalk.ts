/**
 * The crosswalk between two questionnaire versions as `GET /api/v1/framework/crosswalk` serves it: for each
 * question of the later version, the question of the earlier one it continues (or null when it is new), and
 * how the earlier option values carry over (null where the earlier answer does not decide the new option).
 */
import { appError } from "../errors";
import { CURRENT_FRAMEWORK, FRAMEWORKS, crosswalkBetween, getFramework } from "../framework";
import type { CrosswalkResponse } from "./responses";

/** `to` defaults to the current version, `from` to the one published before `to`. */
export function crosswalkResponse(query: { from?: string; to?: string }): CrosswalkResponse {
  const to = query.to === undefined ? CURRENT_FRAMEWORK : getFramework(query.to);
  if (!to) throw appError("not_found.framework", { framework: query.to! });
  const from = query.from === undefined ? FRAMEWORKS[FRAMEWORKS.indexOf(to) - 1] : getFramework(query.from);
  if (!from) {
    if (query.from !== undefined) throw appError("not_found.framework", { framework: query.from });
    throw appError("not_found.crosswalk", { from: "—", to: to.id });
  }
  const entries = crosswalkBetween(from.id, to.id);
  if (!entries) throw appError("not_found.crosswalk", { from: from.id, to: to.id });
  return {
    from: from.id,
    to: to.id,
    questions: entries.map((e) => ({ question: e.to, continues: e.from, values: { ...e.values } })),
  };
}
