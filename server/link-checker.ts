import "server-only";
import { claimLinkUrls, listDueLinkUrls, saveLinkCheck } from "@/db/queries/link-checks";
import { getDb } from "@/db/transaction";
import { LINK_CHECK_LIMITS, nextLinkCheck, type LinkCheck } from "@/lib/evidence/link-check";
import { probeUrl, type ProbeOptions } from "./link-probe";

/**
 * The link checker: probes the evidence URLs of the open cycles' assessments in rounds, and a URL as soon as
 * it is first saved. It runs in every app server; `claimLinkUrls` lets only one of them probe a given URL in
 * a round. Probing happens outside any transaction, so a slow site never holds the database.
 */

async function probeAndSave(claimed: LinkCheck[], options: ProbeOptions, now: () => Date): Promise<LinkCheck[]> {
  const db = await getDb();
  const done: LinkCheck[] = [];
  const queue = [...claimed];
  const worker = async () => {
    for (let previous = queue.shift(); previous; previous = queue.shift()) {
      const outcome = await probeUrl(previous.url, options);
      const next = nextLinkCheck(previous, previous.url, outcome, now());
      await saveLinkCheck(db, next);
      done.push(next);
    }
  };
  await Promise.all(Array.from({ length: LINK_CHECK_LIMITS.concurrency }, worker));
  return done;
}

/** One round: the URLs never probed or probed longest ago (at most one batch). Returns what it found. */
export async function runLinkCheckRound(options: ProbeOptions = {}, now: () => Date = () => new Date()) {
  const db = await getDb();
  const start = now();
  const staleBefore = new Date(start.getTime() - LINK_CHECK_LIMITS.recheckAfterMs);
  const due = await listDueLinkUrls(db, staleBefore, LINK_CHECK_LIMITS.batchSize);
  return probeAndSave(await claimLinkUrls(db, due, staleBefore, start), options, now);
}

/**
 * Probes the URLs among `urls` that were never probed, without making the caller wait: a focal point who
 * adds a link sees whether it answers on their next visit, not a day later.
 */
export function probeNewLinksSoon(urls: readonly string[]): void {
  const unique = [...new Set(urls)];
  if (unique.length === 0) return;
  void (async () => {
    const db = await getDb();
    // Claiming with "probed before 1970" takes only URLs that have no record yet.
    const claimed = await claimLinkUrls(db, unique.slice(0, LINK_CHECK_LIMITS.batchSize), new Date(0), new Date());
    await probeAndSave(claimed, {}, () => new Date());
  })().catch((error) => console.error("Link checker: probing new links failed", error));
}

let timer: ReturnType<typeof setInterval> | undefined;

/** Rounds one after another until nothing is due, at most `MAX_ROUNDS_PER_TICK` of them. */
const MAX_ROUNDS_PER_TICK = 25;

/** Starts the checker in this server process (once): every `intervalMinutes`, the due URLs; 0 leaves it off. */
export function startLinkChecker(intervalMinutes: number): void {
  if (timer || intervalMinutes <= 0) return;
  let running = false;
  const tick = async () => {
    for (let round = 0; round < MAX_ROUNDS_PER_TICK; round++)
      if ((await runLinkCheckRound()).length < LINK_CHECK_LIMITS.batchSize) return;
  };
  timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch((error) => console.error("Link checker: a round failed", error))
      .finally(() => {
        running = false;
      });
  }, intervalMinutes * 60_000);
  timer.unref();
}
