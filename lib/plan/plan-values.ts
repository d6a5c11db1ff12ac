/**
 * The action plan's fixed values (statuses, priorities, lengths), apart from the schemas of
 * ./plan.validation so that browser code can use them without loading zod (the forms load it on demand).
 */
export const ACTION_STATUSES = ["planned", "in_progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Statuses of actions still to be carried out: they carry over into the next cycle and enter the projection. */
export const OPEN_STATUSES: readonly ActionStatus[] = ["planned", "in_progress"];

/** An action still to be done. Here, not in ./actions, so that browser code need not load the clause texts. */
export function isOpen(action: { status: ActionStatus }): boolean {
  return OPEN_STATUSES.includes(action.status);
}

export const PRIORITIES = ["high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const STATUS_LABEL: Record<ActionStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  dropped: "Dropped",
};
export const PRIORITY_LABEL: Record<Priority, string> = { high: "High", medium: "Medium", low: "Low" };

export const TITLE_MIN = 3;
export const TITLE_MAX = 400;
export const OWNER_MAX = 200;
