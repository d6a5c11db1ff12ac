import { isStateRole, type Role } from "@/lib/assessment/status";

/**
 * The key under `admin.roles.inSentence` and its argument for a role in a sentence
 * ("a focal point for Kenya", "a BDT analyst"): a focal point without a known state
 * is its own message, so no language has to cope with an empty state name.
 */
export function roleSentence(role: Role, memberStateName: string | null): [key: string, values: { state: string }] {
  const key = isStateRole(role) && !memberStateName ? `${role}_any` : role;
  return [`roles.inSentence.${key}`, { state: memberStateName ?? "" }];
}
