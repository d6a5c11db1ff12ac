import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRequestGate, waitsAtGate } from "./request-gate.mjs";

describe("waitsAtGate", () => {
  it.each([
    ["GET", "/en/analysis/2049", true],
    ["GET", "/", true],
    ["POST", "/en/assessment", true],
    ["PATCH", "/api/v1/assessments/KEN/2026", true],
    ["POST", "/api/auth/sign-in/email", true],
    ["GET", "/api/v1/cycles/2049/answers.csv", false],
    ["GET", "/api/v1/cycles/2049/scores?include=submitted", false],
    ["HEAD", "/api/health", false],
    ["GET", "/_next/static/chunks/app.js", false],
    ["GET", "/states/KEN/2049/report.pdf", false],
    ["GET", "/world-shapes.json", false],
    ["GET", "/favicon.ico", false],
  ])("%s %s: %s", (method, url, waits) => {
    expect(waitsAtGate(method, url)).toBe(waits);
  });
});

/** A server whose every request is admitted by `gate` and answered when the test says so. */
function gatedServer(places: number, holdMs?: number) {
  const gate = createRequestGate(places, holdMs === undefined ? {} : { holdMs });
  const started: string[] = [];
  const open = new Map<string, http.ServerResponse>();
  let mostAtOnce = 0;
  const server = http.createServer((request, response) => {
    gate.admit(response, () => {
      started.push(request.url!);
      open.set(request.url!, response);
      mostAtOnce = Math.max(mostAtOnce, gate.running);
    });
  });
  const listening = new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
  return {
    gate,
    started,
    get mostAtOnce() {
      return mostAtOnce;
    },
    base: listening,
    finish(url: string) {
      open.get(url)!.end(url);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
};

let server: ReturnType<typeof gatedServer> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("createRequestGate", () => {
  it("runs at most its number of places at once, the others in order of arrival", async () => {
    server = gatedServer(2);
    const base = await server.base;
    const answers: Promise<string>[] = [];
    for (const path of ["/1", "/2", "/3", "/4", "/5"]) {
      const arrived = server.started.length + server.gate.waiting + 1;
      answers.push(fetch(base + path).then((r) => r.text()));
      await until(() => server!.started.length + server!.gate.waiting === arrived);
    }
    expect(server.started).toEqual(["/1", "/2"]);
    expect(server.gate.waiting).toBe(3);
    server.finish("/2");
    await until(() => server!.started.length === 3);
    server.finish("/1");
    server.finish("/3");
    await until(() => server!.started.length === 5);
    server.finish("/4");
    server.finish("/5");
    expect(await Promise.all(answers)).toEqual(["/1", "/2", "/3", "/4", "/5"]);
    expect(server.started).toEqual(["/1", "/2", "/3", "/4", "/5"]);
    expect(server.mostAtOnce).toBe(2);
    expect(server.gate.running).toBe(0);
  });

  it("drops a request whose client left while it waited, and frees the place of one that left while running", async () => {
    server = gatedServer(1);
    const base = await server.base;
    const leaving = new AbortController();
    const first = fetch(`${base}/first`, { signal: leaving.signal }).catch(() => "left");
    await until(() => server!.started.length === 1);
    const waiting = new AbortController();
    const gone = fetch(`${base}/gone`, { signal: waiting.signal }).catch(() => "left");
    await until(() => server!.gate.waiting === 1);
    waiting.abort();
    expect(await gone).toBe("left");
    await until(() => server!.gate.waiting === 0);
    // The running request's client leaves too: its place is free, and the next request runs at once.
    leaving.abort();
    expect(await first).toBe("left");
    await until(() => server!.gate.running === 0);
    const next = fetch(`${base}/next`).then((r) => r.text());
    await until(() => server!.started.includes("/next"));
    server.finish("/next");
    expect(await next).toBe("/next");
    expect(server.started).toEqual(["/first", "/next"]);
  });

  it("frees a place after holdMs, so that a response streamed to a slow client cannot keep it", async () => {
    server = gatedServer(1, 100);
    const base = await server.base;
    const slow = fetch(`${base}/slow`).then((r) => r.text());
    await until(() => server!.started.length === 1);
    const next = fetch(`${base}/next`).then((r) => r.text());
    await until(() => server!.started.includes("/next"));
    server.finish("/next");
    server.finish("/slow");
    expect(await Promise.all([slow, next])).toEqual(["/slow", "/next"]);
    expect(server.gate.running).toBe(0);
  });

  it("refuses a number of places that is not a whole number from 1", () => {
    expect(() => createRequestGate(0)).toThrow(/whole number/);
    expect(() => createRequestGate(Number.NaN)).toThrow(/whole number/);
  });
});
