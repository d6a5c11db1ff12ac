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

export type CycleCheck = { ok: true } | { ok: false; kind: "exists" | "missing" | "conflict"; message: string };

function openCycle(cycles: readonly CycleState[], except?: number): CycleState | undefined {
  return cycles.find((c) => c.status === "open" && c.year !== except);
}

function oneOpenAtATime(open: CycleState, year: number, verb: string): CycleCheck {
  return {
    ok: false,
    kind: "conflict",
    message: `The ${open.year} cycle is open. Close it before ${verb} the ${year} cycle: at most one cycle is open at a time.`,
  };
}

export function checkOpenNewCycle(cycles: readonly CycleState[], year: number): CycleCheck {
  if (cycles.some((c) => c.year === year)) {
    return {
      ok: false,
      kind: "exists",
      message: `The ${year} cycle already exists. Reopen it from the list of cycles if it is closed.`,
    };
  }
  const open = openCycle(cycles);
  return open ? oneOpenAtATime(open, year, "opening") : { ok: true };
}

export function checkCloseCycle(cycles: readonly CycleState[], year: number): CycleCheck {
  const cycle = cycles.find((c) => c.year === year);
  if (!cycle) return { ok: false, kind: "missing", message: `There is no ${year} cycle.` };
  if (cycle.status === "closed")
    return { ok: false, kind: "conflict", message: `The ${year} cycle is already closed.` };
  return { ok: true };
}

export function checkReopenCycle(cycles: readonly CycleState[], year: number): CycleCheck {
  const cycle = cycles.find((c) => c.year === year);
  if (!cycle) return { ok: false, kind: "missing", message: `There is no ${year} cycle.` };
  if (cycle.status === "open") return { ok: false, kind: "conflict", message: `The ${year} cycle is already open.` };
  const open = openCycle(cycles, year);
  return open ? oneOpenAtATime(open, year, "reopening") : { ok: true };
}

/** The year the "open a cycle" form suggests: the one after the newest cycle, or this year. */
export function suggestedNextYear(cycles: readonly CycleState[], now = new Date()): number {
  const newest = Math.max(...cycles.map((c) => c.year), now.getUTCFullYear() - 1);
  return Math.min(newest + 1, 2100);
}
