/**
 * A bounded number of requests that render or write run at once; the others wait in
 * arrival order. Rendering a page or saving holds several megabytes of live objects for
 * its whole run, so twenty at once make the heap (and the resident memory) several times
 * larger while finishing none sooner on two cores: the CPU, not the count, bounds throughput.
 */

/**
 * Whether a request waits for a place: page renders, server actions and API writes do.
 * Static files, API reads (served from memory when unchanged, or streamed: a large
 * download must not hold a place for as long as the client takes to read it) and PDF
 * reports do not. A PDF's browser loads the page it prints from this server: if the
 * report held a place, ten reports at once would wait for themselves.
 */
export function waitsAtGate(method, url) {
  const path = (url ?? "/").split("?", 1)[0];
  if (path.startsWith("/_next/")) return false;
  // A file (world-shapes.json, favicon.ico, report.pdf …), not a page.
  if (path.slice(path.lastIndexOf("/") + 1).includes(".")) return false;
  const reads = method === "GET" || method === "HEAD" || method === "OPTIONS";
  if (path === "/api" || path.startsWith("/api/")) return !reads;
  return true;
}

/**
 * `limit` places. `admit(response, run)` runs `run` once a place is free. The place is
 * freed when the response closes (finished, or its client left), or after `holdMs` at
 * most, so that a response streamed to a slow client cannot keep it. A request whose
 * client leaves while it waits is dropped from the queue.
 */
export function createRequestGate(limit, { holdMs = 10_000 } = {}) {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`The gate needs a whole number of places, not ${limit}`);
  let running = 0;
  const queue = [];

  function startNext() {
    while (running < limit && queue.length > 0) {
      const entry = queue.shift();
      if (entry.state === "waiting") entry.start();
    }
  }

  function admit(response, run) {
    const entry = { state: "waiting", timer: undefined, start: undefined };
    const free = () => {
      if (entry.state === "waiting") {
        entry.state = "gone";
        return;
      }
      if (entry.state !== "running") return;
      entry.state = "done";
      clearTimeout(entry.timer);
      running--;
      startNext();
    };
    entry.start = () => {
      entry.state = "running";
      running++;
      entry.timer = setTimeout(free, holdMs);
      entry.timer.unref?.();
      run();
    };
    response.once("close", free);
    queue.push(entry);
    startNext();
  }

  return {
    admit,
    get running() {
      return running;
    },
    get waiting() {
      return queue.filter((e) => e.state === "waiting").length;
    },
  };
}
