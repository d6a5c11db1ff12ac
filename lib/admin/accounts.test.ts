import { describe, expect, it } from "vitest";
import { containsPattern, describeRole, selfChangeRefusal } from "./accounts";

describe("account change rules", () => {
  it("refuses every change an administrator would make to their own account", () => {
    expect(selfChangeRefusal("me", "me", "disable")).toEqual({ code: "forbidden.own_account_disable", params: {} });
    expect(selfChangeRefusal("me", "me", "role")).toEqual({ code: "forbidden.own_account_role", params: {} });
    expect(selfChangeRefusal("me", "me", "password")).toEqual({ code: "forbidden.own_account_password", params: {} });
  });

  it("allows every change to someone else's account", () => {
    for (const change of ["disable", "role", "password"] as const) {
      expect(selfChangeRefusal("me", "someone-else", change)).toBeNull();
    }
  });

  it("searches for the text as typed, wildcards included", () => {
    expect(containsPattern("ken")).toBe("%ken%");
    expect(containsPattern("100%_sure\\")).toBe("%100\\%\\_sure\\\\%");
  });

  it("names a role in a sentence, with the focal point's Member State", () => {
    expect(describeRole("focal_point", "Kenya")).toBe("a focal point for Kenya");
    expect(describeRole("focal_point", null)).toBe("a focal point");
    expect(describeRole("analyst", null)).toBe("a BDT analyst");
    expect(describeRole("admin", null)).toBe("an administrator");
  });
});
