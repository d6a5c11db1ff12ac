import { describe, expect, it } from "vitest";
import { invitationExpiry, invitationState } from "./invitations";
import { invitationRequestSchema } from "./invitations.validation";

describe("invitationExpiry", () => {
  it("is seven days after the invitation is sent", () => {
    expect(invitationExpiry(new Date("2026-03-01T10:00:00Z"))).toEqual(new Date("2026-03-08T10:00:00Z"));
  });
});

describe("invitationState", () => {
  const sent = new Date("2026-03-01T10:00:00Z");
  const pending = { acceptedAt: null, revokedAt: null, expiresAt: invitationExpiry(sent) };

  it("is pending until it expires, and expired from the exact expiry on", () => {
    expect(invitationState(pending, new Date("2026-03-08T09:59:59Z"))).toBe("pending");
    expect(invitationState(pending, new Date("2026-03-08T10:00:00Z"))).toBe("expired");
  });

  it("is accepted or revoked for good, whatever the date", () => {
    expect(invitationState({ ...pending, acceptedAt: sent }, sent)).toBe("accepted");
    expect(invitationState({ ...pending, revokedAt: sent }, new Date("2027-01-01"))).toBe("revoked");
  });
});

describe("invitationRequestSchema", () => {
  const base = { email: " Ana@Example.org ", name: "Ana" };

  it("takes iso3 as the focal point's Member State", () => {
    expect(invitationRequestSchema.parse({ ...base, role: "focal_point", iso3: "KEN" })).toEqual({
      email: "ana@example.org",
      name: "Ana",
      role: "focal_point",
      memberStateIso3: "KEN",
    });
  });

  it("refuses a focal point without iso3, and a state for another role, at the iso3 field", () => {
    const noState = invitationRequestSchema.safeParse({ ...base, role: "focal_point" });
    expect(noState.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["iso3"], "validation.focal_point_needs_state"],
    ]);
    const analyst = invitationRequestSchema.safeParse({ ...base, role: "analyst", iso3: "KEN" });
    expect(analyst.error?.issues[0]?.path).toEqual(["iso3"]);
  });
});
