import { describe, expect, it } from "vitest";
import { isPublicAddress, nextLinkCheck, type LinkCheck } from "./link-check";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "192.0.2.10",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "fc12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "[::1]",
    "2001:db8::1",
    "not an address",
    "1.2.3",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "156.106.192.10", "172.32.0.1", "100.128.0.1", "2a00:1450:4001:82a::200e", "::ffff:8.8.8.8"])(
    "allows %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe("nextLinkCheck", () => {
  const url = "https://www.itu.int/res45";
  const t0 = new Date("2026-11-01T10:00:00Z");
  const t1 = new Date("2026-11-02T10:00:00Z");
  const t2 = new Date("2026-11-03T10:00:00Z");

  it("records a success with its status and no failure", () => {
    expect(nextLinkCheck(undefined, url, { kind: "answered", status: 200 }, t0)).toEqual({
      url,
      checkedAt: t0.toISOString(),
      answeredAt: t0.toISOString(),
      status: 200,
      unreachableSince: null,
      problem: null,
    });
  });

  it("keeps the date a failure began across failed probes, and the last success", () => {
    const ok = nextLinkCheck(undefined, url, { kind: "answered", status: 200 }, t0);
    const down = nextLinkCheck(ok, url, { kind: "failed", problem: "timeout" }, t1);
    const stillDown: LinkCheck = nextLinkCheck(down, url, { kind: "answered", status: 404 }, t2);
    expect(down).toMatchObject({
      unreachableSince: t1.toISOString(),
      answeredAt: t0.toISOString(),
      problem: "timeout",
    });
    expect(stillDown).toMatchObject({
      unreachableSince: t1.toISOString(),
      answeredAt: t0.toISOString(),
      status: 404,
      problem: "http_status",
      checkedAt: t2.toISOString(),
    });
  });

  it("clears the failure when the URL answers again", () => {
    const down = nextLinkCheck(undefined, url, { kind: "failed", problem: "dns" }, t0);
    expect(down).toMatchObject({ unreachableSince: t0.toISOString(), answeredAt: null });
    expect(nextLinkCheck(down, url, { kind: "answered", status: 301 }, t1)).toMatchObject({
      unreachableSince: null,
      answeredAt: t1.toISOString(),
      status: 301,
    });
  });
});
