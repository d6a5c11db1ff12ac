import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentCycleYear } from "@/db/seed/reference";
import { listLinkChecks } from "@/db/queries/link-checks";
import type { Actor } from "@/lib/assessment/actor";
import { RES45_BA2017_V2 } from "@/lib/framework";
import { runLinkCheckRound } from "./link-checker";
import { listLinkChecksOfAssessment } from "./link-checks";
import { probeUrl } from "./link-probe";
import { createActor, insertAnsweredAssessment, refusalCode, useServiceDatabase } from "./testing/service-database";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();

/** A web server on the loopback address: what each path answers, and every request it received. */
let server: http.Server;
let base: string;
const received: string[] = [];
const loopbackOnly = { isAllowedAddress: (address: string) => address === "127.0.0.1" };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    if (req.url === "/ok") return res.writeHead(200).end("ok");
    if (req.url === "/no-head") return res.writeHead(req.method === "HEAD" ? 405 : 200).end();
    if (req.url === "/moved") return res.writeHead(302, { location: "/ok" }).end();
    if (req.url === "/to-private") return res.writeHead(302, { location: `http://127.0.0.2:${port()}/ok` }).end();
    if (req.url === "/loop") return res.writeHead(302, { location: "/loop" }).end();
    if (req.url === "/slow") return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${port()}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
const port = () => (server.address() as AddressInfo).port;

describe("probeUrl", () => {
  it("reports the status, following redirects, and uses GET where HEAD is not allowed", async () => {
    expect(await probeUrl(`${base}/ok`, loopbackOnly)).toEqual({ kind: "answered", status: 200 });
    expect(await probeUrl(`${base}/missing`, loopbackOnly)).toEqual({ kind: "answered", status: 404 });
    expect(await probeUrl(`${base}/moved`, loopbackOnly)).toEqual({ kind: "answered", status: 200 });
    expect(await probeUrl(`${base}/no-head`, loopbackOnly)).toEqual({ kind: "answered", status: 200 });
    expect(received).toContain("GET /no-head");
  });

  it("never contacts a private address, by default or through a redirect", async () => {
    received.length = 0;
    expect(await probeUrl(`${base}/ok`)).toEqual({ kind: "failed", problem: "private_address" });
    expect(await probeUrl(`http://localhost:${port()}/ok`)).toEqual({ kind: "failed", problem: "private_address" });
    expect(received).toEqual([]);
    expect(await probeUrl(`${base}/to-private`, loopbackOnly)).toEqual({ kind: "failed", problem: "private_address" });
    expect(received).toEqual(["HEAD /to-private"]);
  });

  it("gives up on endless redirects and on a server that does not answer in time", async () => {
    expect(await probeUrl(`${base}/loop`, loopbackOnly)).toEqual({ kind: "failed", problem: "too_many_redirects" });
    expect(await probeUrl(`${base}/slow`, { ...loopbackOnly, timeoutMs: 300 })).toEqual({
      kind: "failed",
      problem: "timeout",
    });
  });

  it("reports a name that does not resolve and a refused connection", async () => {
    expect(await probeUrl("https://no-such-host.invalid/x")).toEqual({ kind: "failed", problem: "dns" });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await probeUrl(`http://127.0.0.1:${closedPort}/`, loopbackOnly)).toEqual({
      kind: "failed",
      problem: "refused",
    });
  });
});

describe("link check rounds", () => {
  let focal: Actor;
  let otherState: Actor;

  beforeAll(async () => {
    focal = await createActor(db.connection(), "focal_point", "MWI");
    otherState = await createActor(db.connection(), "focal_point", "ZMB");
    await insertAnsweredAssessment(db.connection(), {
      iso3: "MWI",
      cycle: CYCLE,
      status: "draft",
      framework: RES45_BA2017_V2,
      answers: [
        { questionId: "LEG-CYB-01", value: "all", evidence: [`${base}/ok`, `${base}/missing`], note: "" },
        { questionId: "LEG-CYB-02", value: "all", evidence: [`${base}/ok`], note: "" },
      ],
    });
  });

  it("probes each URL of the open cycle once, even when two servers run a round at once", async () => {
    received.length = 0;
    const [a, b] = await Promise.all([runLinkCheckRound(loopbackOnly), runLinkCheckRound(loopbackOnly)]);
    expect([...a, ...b].map((c) => c.url).sort()).toEqual([`${base}/missing`, `${base}/ok`]);
    expect(received.sort()).toEqual(["HEAD /missing", "HEAD /ok"]);

    const stored = await listLinkChecks(db.connection().db, [`${base}/ok`, `${base}/missing`]);
    const byUrl = Object.fromEntries(stored.map((c) => [c.url, c]));
    expect(byUrl[`${base}/ok`]).toMatchObject({ status: 200, unreachableSince: null, problem: null });
    expect(byUrl[`${base}/missing`]).toMatchObject({ status: 404, answeredAt: null, problem: "http_status" });
    expect(byUrl[`${base}/missing`]!.unreachableSince).not.toBeNull();
  });

  it("leaves a URL alone until its last probe is a day old", async () => {
    received.length = 0;
    expect(await runLinkCheckRound(loopbackOnly)).toEqual([]);
    const tomorrow = () => new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect((await runLinkCheckRound(loopbackOnly, tomorrow)).length).toBe(2);
    expect(received.length).toBe(2);
  });

  it("shows the state's people what was found, and refuses another state's focal point", async () => {
    const checks = await listLinkChecksOfAssessment(focal, "MWI", CYCLE);
    expect(checks.map((c) => c.url).sort()).toEqual([`${base}/missing`, `${base}/ok`]);
    expect(await refusalCode(listLinkChecksOfAssessment(otherState, "MWI", CYCLE))).toBe("forbidden.other_state");
  });
});
