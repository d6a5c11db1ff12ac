import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PRECOMPRESS_MIN_BYTES, precompressedBodyOf } from "@/lib/api/precompressed-bodies";
import type { Actor } from "@/lib/assessment/actor";
import { CURRENT_FRAMEWORK, bestOption } from "@/lib/framework";
import { saveAnswers, validateAssessment } from "@/server/assessments";
import {
  createActor,
  insertScoredAssessment,
  useServiceDatabase as openServiceDatabase,
} from "@/server/testing/service-database";
import { GET as answersCsv } from "../v1/cycles/[cycle]/answers.csv/route";
import { GET as regions } from "../v1/cycles/[cycle]/regions/route";
import { GET as scoresCsv } from "../v1/cycles/[cycle]/scores.csv/route";
import { GET as scores } from "../v1/cycles/[cycle]/scores/route";
import type { RouteHandler } from "./route";

// The session is the one thing not under test: the request names its actor.
const actors = new Map<string, Actor>();
vi.mock("@/server/session", () => ({
  actorFromRequest: async (request: Request) => actors.get(request.headers.get("x-test-actor") ?? "") ?? null,
}));

// Not a React hook: a vitest fixture that opens the database the service functions use.
const db = openServiceDatabase();
/** The open cycle the reference seed makes (the current UTC year). */
const CYCLE = new Date().getUTCFullYear();
const question = CURRENT_FRAMEWORK.questions[0]!;

type CycleRoute = RouteHandler<{ cycle: string }>;
const READS: [string, CycleRoute, string][] = [
  ["scores", scores, ""],
  ["scores.csv", scoresCsv, ""],
  ["regions", regions, "?include=validated"],
  ["answers.csv", answersCsv, ""],
];
const PATHS = new Map<CycleRoute, string>(READS.map(([name, handler]) => [handler, name]));

function get(handler: CycleRoute, as: string, query = "", headers: Record<string, string> = {}) {
  return handler(
    new Request(`http://localhost/api/v1/cycles/${CYCLE}/${PATHS.get(handler)}${query}`, {
      headers: { "x-test-actor": as, ...headers },
    }),
    { params: Promise.resolve({ cycle: String(CYCLE) }) },
  );
}

beforeAll(async () => {
  actors.set("analyst", await createActor(db.connection(), "analyst"));
  actors.set("focal", await createActor(db.connection(), "focal_point", "NZL"));
  await insertScoredAssessment(db.connection(), { iso3: "AUS", cycle: CYCLE, status: "submitted", overall: 70 });
});

describe("conditional analyst reads", () => {
  it.each(READS)("%s: carries an ETag and answers If-None-Match with 304 and no body", async (_, handler, query) => {
    const first = await get(handler, "analyst", query);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = await get(handler, "analyst", query, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await get(handler, "analyst", query, { "if-none-match": '"stale"' })).status).toBe(200);
  });

  it("sends a kept body as one chunk whose gzip (above 1 kB) is kept beside it, for the server to send", async () => {
    const sizes: Record<string, number> = {};
    for (const [name, handler, query] of READS) {
      const reader = (await get(handler, "analyst", query)).body!.getReader();
      const { value: chunk } = await reader.read();
      expect((await reader.read()).done, name).toBe(true);
      sizes[name] = chunk!.byteLength;
      const gzip = precompressedBodyOf(chunk!);
      if (chunk!.byteLength < PRECOMPRESS_MIN_BYTES) expect(gzip, name).toBeUndefined();
      else expect(gunzipSync(gzip!).equals(Buffer.from(chunk!)), name).toBe(true);
      // The next response sends the same bytes (and so the same gzip), not a copy.
      const again = await (await get(handler, "analyst", query)).body!.getReader().read();
      expect(again.value, name).toBe(chunk);
    }
    expect(sizes["answers.csv"]).toBeGreaterThan(PRECOMPRESS_MIN_BYTES);
  });

  it("gives the JSON and the CSV of /scores different tags", async () => {
    const json = await get(scores, "analyst");
    const csv = await get(scores, "analyst", "", { accept: "text/csv" });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("etag")).not.toBe(json.headers.get("etag"));
    expect((await get(scores, "analyst", "", { "if-none-match": json.headers.get("etag")! })).status).toBe(304);
    expect(
      (await get(scores, "analyst", "", { accept: "text/csv", "if-none-match": json.headers.get("etag")! })).status,
    ).toBe(200);
  });

  it("checks who asks before any 304: a focal point gets 403 with the analyst's tag, anonymous 401", async () => {
    const etag = (await get(scores, "analyst")).headers.get("etag")!;
    expect((await get(scores, "focal", "", { "if-none-match": etag })).status).toBe(403);
    expect((await get(scores, "nobody", "", { "if-none-match": etag })).status).toBe(401);
    const csvTag = (await get(answersCsv, "analyst")).headers.get("etag")!;
    expect((await get(answersCsv, "focal", "", { "if-none-match": csvTag })).status).toBe(403);
  });

  it("gives a focal point's regional averages (small groups hidden) a tag of their own", async () => {
    const analystTag = (await get(regions, "analyst", "?include=validated")).headers.get("etag")!;
    const focal = await get(regions, "focal", "?include=validated", { "if-none-match": analystTag });
    expect(focal.status).toBe(200);
    expect(focal.headers.get("etag")).not.toBe(analystTag);
  });

  it("answers 200 with a new tag and the new figures after a save and after a validation", async () => {
    const tagsNow = async () =>
      Promise.all(READS.map(async ([, handler, query]) => (await get(handler, "analyst", query)).headers.get("etag")!));
    const before = await tagsNow();
    await saveAnswers(actors.get("focal")!, "NZL", CYCLE, {
      version: 0,
      answers: [{ questionId: question.id, value: bestOption(question).value, evidence: [] }],
    });
    const afterSave = await tagsNow();
    for (const [i, [name, handler, query]] of READS.entries()) {
      expect(afterSave[i], name).not.toBe(before[i]);
      expect((await get(handler, "analyst", query, { "if-none-match": before[i]! })).status, name).toBe(200);
    }
    await validateAssessment(actors.get("analyst")!, "AUS", CYCLE);
    const afterValidation = await tagsNow();
    for (const [i, [name]] of READS.entries()) expect(afterValidation[i], name).not.toBe(afterSave[i]);
    const rows = (await (await get(scores, "analyst")).json()) as { iso3: string; status: string }[];
    expect(rows.find((r) => r.iso3 === "AUS")?.status).toBe("validated");
    expect(rows.find((r) => r.iso3 === "NZL")?.status).toBe("draft");
  });
});
