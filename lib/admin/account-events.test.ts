import { describe, expect, it } from "vitest";
import { ACCOUNT_EVENT_KINDS, accountHistorySchema, isAccountEventKind } from "./account-events";

describe("account events", () => {
  it("knows its kinds, and no other", () => {
    for (const kind of ACCOUNT_EVENT_KINDS) expect(isAccountEventKind(kind)).toBe(true);
    expect(isAccountEventKind("password_changed_by_magic")).toBe(false);
  });

  it("asks for one account, named, and nothing else", () => {
    expect(accountHistorySchema.parse({ userId: " abc " })).toEqual({ userId: "abc" });
    expect(accountHistorySchema.safeParse({ userId: "" }).success).toBe(false);
    expect(accountHistorySchema.safeParse({ userId: "abc", all: true }).success).toBe(false);
  });
});
