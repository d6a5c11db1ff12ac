import type { Role } from "../assessment/status";

/**
 * Rules about who may change which account, without SQL, so that they are
 * unit-tested here and enforced by the data layer before it writes.
 */
export type AccountChange = "disable" | "role" | "password";

/**
 * An administrator never changes their own account from the admin page: disabling
 * it or taking away its role would lock them out, and their own password is changed
 * on the account page, which asks for the current one.
 */
export function selfChangeRefusal(actorId: string, targetId: string, change: AccountChange): string | null {
  if (actorId !== targetId) return null;
  switch (change) {
    case "disable":
      return "You cannot disable your own account. Ask another administrator.";
    case "role":
      return "You cannot change your own role or Member State. Ask another administrator.";
    case "password":
      return "Change your own password on the Your account page: it asks for your current password.";
  }
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
    case "analyst":
      return "a BDT analyst";
    case "admin":
      return "an administrator";
  }
}
