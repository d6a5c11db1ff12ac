/**
 * Figure 2: the deadline rush. One connection per focal point, each saving an
 * answer of its own state once a second (autocannon's per-connection rate), and
 * `GET /api/health` under the same load as the baseline. Each save writes a new
 * note, so the audit log afterwards holds one note change per save that reached
 * the database.
 */
import { z } from "zod";
import type { Client } from "autocannon";
import { bestOption, CURRENT_FRAMEWORK } from "../../lib/framework";
import { runLoad, type LoadResult } from "./load";

export const AUTOSAVE_QUESTION = "LEG-CYB-01";
/** An option of the question in the current questionnaire (the open cycle's drafts are answered with it). */
const AUTOSAVE_VALUE = bestOption(CURRENT_FRAMEWORK.questions.find((q) => q.id === AUTOSAVE_QUESTION)!).value;

export interface AutosaveOptions {
  durationSeconds: number;
  /** Starts every save's note, so that two rushes on one database write different notes. */
  notePrefix?: string;
}

export interface AutosaveResult {
  baseline: LoadResult;
  saves: LoadResult;
  /** Per state: saves acknowledged with a 2xx. */
  acknowledged: Map<string, number>;
}

const savedSchema = z.object({ version: z.number().int() });
const conflictSchema = z.object({ currentVersion: z.number().int() });

export async function measureAutosave(
  base: string,
  focalPoints: readonly { iso3: string; cookie: string; version: number }[],
  cycle: number,
  options: AutosaveOptions,
): Promise<AutosaveResult> {
  const connections = focalPoints.length;
  // One save a second for the duration: that many requests per connection, each awaited to its answer. A slow
  // server stretches the run rather than cutting saves off in flight; ten times the duration is the safety limit.
  const paced = {
    connections,
    connectionRate: 1,
    requestsPerConnection: options.durationSeconds,
    durationSeconds: options.durationSeconds * 10,
  };
  const baseline = await runLoad({
    url: `${base}/api/health`,
    ...paced,
  });
  console.log(`  health    p50 ${baseline.p50.toFixed(1)} ms, p95 ${baseline.p95.toFixed(1)} ms`);

  const acknowledged = new Map<string, number>();
  let nextClient = 0;
  const setupClient = (client: Client) => {
    // autocannon sets clients up one by one: the n-th connection is the n-th focal point.
    const focal = focalPoints[nextClient++ % connections]!;
    let version = focal.version;
    let seq = 0;
    client.setRequests([
      {
        method: "PATCH",
        path: `/api/v1/assessments/${focal.iso3}/${cycle}`,
        headers: { cookie: focal.cookie, "content-type": "application/json" },
        setupRequest(request) {
          seq++;
          request.body = JSON.stringify({
            version,
            answers: [
              {
                questionId: AUTOSAVE_QUESTION,
                value: AUTOSAVE_VALUE,
                note: `${options.notePrefix ?? "bench save"} ${seq}`,
              },
            ],
          });
          return request;
        },
        onResponse(status, body) {
          if (status === 409) {
            // Like the app's autosave queue: take the current version and save again. A save whose answer was lost
            // (a timeout) may still have committed; without this, every later save of the state would be refused.
            version = conflictSchema.parse(JSON.parse(body)).currentVersion;
            return;
          }
          if (status < 200 || status >= 300) return;
          version = savedSchema.parse(JSON.parse(body)).version;
          acknowledged.set(focal.iso3, (acknowledged.get(focal.iso3) ?? 0) + 1);
        },
      },
    ]);
  };
  const saves = await runLoad({
    url: base,
    ...paced,
    setupClient,
  });
  console.log(
    `  autosave  p50 ${saves.p50.toFixed(1)} ms, p95 ${saves.p95.toFixed(1)} ms, ${saves.count} saves, ${saves.errors} errors ${JSON.stringify(saves.outcomes)}`,
  );
  return { baseline, saves, acknowledged };
}
