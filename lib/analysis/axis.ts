/** Round axis ticks, so that charts read 0, 10, 20… rather than 0, 7, 14… */

/** Ticks from `low` to `high`: every 10, or every 5 on a span of 30 or less. */
export function axisTicks([low, high]: readonly [number, number]): number[] {
  const step = high - low <= 30 ? 5 : 10;
  const ticks: number[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high; t += step) ticks.push(t);
  return ticks;
}

/**
 * An axis of counts (states per tier): from 0 to the largest count rounded up
 * to a step of 1, 2, 5 or 10 that gives at most about six ticks.
 */
export function countAxis(largest: number): { domain: [number, number]; ticks: number[] } {
  const max = Math.max(1, Math.ceil(largest));
  const step = [1, 2, 5, 10, 20, 50].find((s) => max / s <= 6) ?? Math.ceil(max / 6 / 100) * 100;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { domain: [0, top], ticks };
}
