/** The two rules that name "the" cycle; `cycles` may come in any order. */
export interface CycleStatus {
  year: number;
  status: "open" | "closed";
}

function newestFirst(cycles: readonly CycleStatus[]): CycleStatus[] {
  return [...cycles].sort((a, b) => b.year - a.year);
}

/** The cycle focal points answer now: the open one (the newest, should several be open), or null. */
export function openCycle(cycles: readonly CycleStatus[]): number | null {
  return newestFirst(cycles).find((c) => c.status === "open")?.year ?? null;
}

/** The cycle results and reviews open on: the open cycle, else the newest one; null when there is none. */
export function resultsCycle(cycles: readonly CycleStatus[]): number | null {
  return openCycle(cycles) ?? newestFirst(cycles)[0]?.year ?? null;
}
