import type { ErrorCode, ErrorParams } from "../errors";

/**
 * The rules of assessment cycles, without SQL. At most one cycle is open at a time:
 * focal points answer "the open cycle", so two open ones would leave them (and the
 * pages that show "this year's" assessment) guessing which one they are filling in.
 * Opening or reopening a cycle therefore requires closing the open one first.
 */
export interface CycleState {
  year: number;
  status: "open" | "closed";
}

/** Why a change to the cycles is refused: a code of lib/i18n/messages/en/errors.json with its values. */
export type CycleRefusalCode = Extract<
  ErrorCode,
  | "validation.cycle_exists"
  | "not_found.cycle"
  | "conflict.another_cycle_open"
  | "conflict.another_cycle_open_reopen"
  | "conflict.cycle_already_closed"
  | "conflict.cycle_already_open"
>;
export type CycleCheck = { ok: true } | { ok: false; code: CycleRefusalCode; params: ErrorParams };

function openCycle(cycles: readonly CycleState[], except?: number): CycleState | undefined {
  return cycles.find((c) => c.status === "open" && c.year !== except);
}

const refused = (code: CycleRefusalCode, params: ErrorParams): CycleCheck => ({ ok: false, code, params });

export function checkOpenNewCycle(cycles: readonly CycleState[], year: number): CycleCheck {
  if (cycles.some((c) => c.year === year)) return refused("validation.cycle_exists", { year });
  const open = openCycle(cycles);
  return open ? refused("conflict.another_cycle_open", { open: open.year, year }) : { ok: true };
}

export function checkCloseCycle(cycles: readonly CycleState[], year: number): CycleCheck {
  const cycle = cycles.find((c) => c.year === year);
  if (!cycle) return refused("not_found.cycle", { cycle: year });
  if (cycle.status === "closed") return refused("conflict.cycle_already_closed", { year });
  return { ok: true };
}

export function checkReopenCycle(cycles: readonly CycleState[], year: number): CycleCheck {
  const cycle = cycles.find((c) => c.year === year);
  if (!cycle) return refused("not_found.cycle", { cycle: year });
  if (cycle.status === "open") return refused("conflict.cycle_already_open", { year });
  const open = openCycle(cycles, year);
  return open ? refused("conflict.another_cycle_open_reopen", { open: open.year, year }) : { ok: true };
}

/** The year the "open a cycle" form suggests: the one after the newest cycle, or this year. */
export function suggestedNextYear(cycles: readonly CycleState[], now = new Date()): number {
  const newest = Math.max(...cycles.map((c) => c.year), now.getUTCFullYear() - 1);
  return Math.min(newest + 1, 2100);
}
