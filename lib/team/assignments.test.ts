import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "../framework";
import { assignedTo, assignmentChanges, expandAssignment, isOverdue } from "./assignments";

const [q1, q2] = CURRENT_FRAMEWORK.questions;
const group = q1!.group;
const inGroup = CURRENT_FRAMEWORK.questions.filter((q) => q.group === group).map((q) => q.id);

describe("expandAssignment", () => {
  it("expands a group to its questions, keeps the questionnaire's order and names each question once", () => {
    const { questionIds, problems } = expandAssignment(CURRENT_FRAMEWORK, [inGroup[1]!, group]);
    expect(problems).toEqual([]);
    expect(questionIds).toEqual(inGroup);
  });

  it("reports each unknown id at its place", () => {
    const { problems } = expandAssignment(CURRENT_FRAMEWORK, [q1!.id, "XXX-YYY-01", "no-such-group"]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      [["questionIds", 1], "validation.unknown_question"],
      [["questionIds", 2], "validation.unknown_question"],
    ]);
  });
});

describe("assignment rules", () => {
  const current = [
    { questionId: q1!.id, userId: "a", dueDate: "2030-01-01" },
    { questionId: q2!.id, userId: "b", dueDate: null },
  ];

  it("a person may answer only what is assigned to them", () => {
    expect([...assignedTo(current, "a")]).toEqual([q1!.id]);
    expect(assignedTo(current, "c").size).toBe(0);
  });

  it("changes only questions that move or get another date", () => {
    expect(assignmentChanges(current, "a", [q1!.id], "2030-01-01")).toEqual([]);
    expect(assignmentChanges(current, "a", [q1!.id], null)).toEqual([{ questionId: q1!.id, previous: current[0] }]);
    expect(assignmentChanges(current, "a", [q2!.id], null)).toEqual([{ questionId: q2!.id, previous: current[1] }]);
    expect(assignmentChanges([], "a", [q2!.id], null)).toEqual([{ questionId: q2!.id, previous: null }]);
  });

  it("is overdue only past its date and while unanswered", () => {
    expect(isOverdue({ dueDate: "2030-01-01" }, false, "2030-01-02")).toBe(true);
    expect(isOverdue({ dueDate: "2030-01-01" }, false, "2030-01-01")).toBe(false);
    expect(isOverdue({ dueDate: "2030-01-01" }, true, "2030-02-01")).toBe(false);
    expect(isOverdue({ dueDate: null }, false, "2030-02-01")).toBe(false);
  });
});
