/**
 * At most `limit` tasks run at once; the others wait in order of arrival. For work whose
 * memory is large while it runs and whose throughput does not grow with more at once on
 * this server's cores (a browser page printing a report, a password hash).
 */
export function createSlots(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`slots need a whole number of places, not ${limit}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function inSlot<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      // The place passes straight to the next in line, so a task arriving meanwhile cannot take it.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
