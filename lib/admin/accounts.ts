import type { Role } from "../assessment/status";
import type { ErrorCode } from "../errors";

/**
 * Rules about who may change which account, without SQL, so that they are
 * unit-tested here and enforced by the data layer before it writes.
 */
export type AccountChange = "disable" | "role" | "password" | "two_factor";

/** The refusal of a change to one's own account: a code of lib/i18n/messages/en/errors.json. */
export type SelfChangeRefusal = {
  code: Extract<
    ErrorCode,
    | "forbidden.own_account_disable"
    | "forbidden.own_account_role"
    | "forbidden.own_account_password"
    | "forbidden.own_account_two_factor"
  >;
  params: Record<string, never>;
};

const SELF_CHANGE_CODES: Record<AccountChange, SelfChangeRefusal["code"]> = {
  disable: "forbidden.own_account_disable",
  role: "forbidden.own_account_role",
  password: "forbidden.own_account_password",
  two_factor: "forbidden.own_account_two_factor",
};

/**
 * An administrator never changes their own account from the admin page: disabling
 * it or taking away its role would lock them out, and their own password is changed
 * on the account page, which asks for the current one.
 */
export function selfChangeRefusal(actorId: string, targetId: string, change: AccountChange): SelfChangeRefusal | null {
  if (actorId !== targetId) return null;
  return { code: SELF_CHANGE_CODES[change], params: {} };
}

/** The pattern for a case-insensitive "contains" search, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A role in a sentence: "a focal point for Kenya", "a BDT analyst", "an administrator". */
export function describeRole(role: Role, memberStateName: string | null): string {
  switch (role) {
    case "focal_point":
      return memberStateName ? `a focal point for ${memberStateName}` : "a focal point";
    case "contributor":
      return memberStateName ? `a contributor for ${memberStateName}` : "a contributor";
    case "analyst":
      return "a BDT analyst";
    case "admin":
      return "an administrator";
  }
}
