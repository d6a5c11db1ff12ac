import type { Role } from "./status";

/** Who asks: every read and write in the data layer takes one. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** ISO alpha-3 of the Member State a focal point answers for; null for other roles. */
  memberStateIso3: string | null;
}
