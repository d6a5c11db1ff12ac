/**
 * The cycle a focal point's results open on: the open cycle (the newest one if
 * several are open), else the newest cycle; null when there is no cycle at all.
 * `cycles` may come in any order.
 */
export function resultsCycle(cycles: readonly { year: number; status: "open" | "closed" }[]): number | null {
  const newestFirst = [...cycles].sort((a, b) => b.year - a.year);
  return (newestFirst.find((c) => c.status === "open") ?? newestFirst[0])?.year ?? null;
}
