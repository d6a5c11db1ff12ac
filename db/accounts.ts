import { randomUUID } from "node:crypto";
import { hashPassword } from "./password-hash";
import { isStateRole, type Role } from "@/lib/assessment/status";
import type { Database } from "./client";
import { account, user } from "./schema/index";

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  memberStateIso3: string | null;
  password: string;
}

/**
 * Creates a user with an email-and-password credential in better-auth's tables,
 * hashing with better-auth's own password hasher, so better-auth signs it in.
 */
export async function insertAccount(db: Database, input: NewAccount): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => insertAccountWithHash(tx, input, passwordHash));
}

/**
 * The user and its credential, in the caller's transaction, with a password already hashed by
 * better-auth's hasher (`hashPassword` of ./password-hash): hash before taking any lock.
 */
export async function insertAccountWithHash(
  tx: Pick<Database, "insert">,
  input: Omit<NewAccount, "password">,
  passwordHash: string,
): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await tx.insert(user).values({
    id,
    email: input.email.trim().toLowerCase(),
    name: input.name,
    emailVerified: true,
    role: input.role,
    memberStateIso3: isStateRole(input.role) ? input.memberStateIso3 : null,
    createdAt: now,
    updatedAt: now,
  });
  await tx.insert(account).values({
    id: randomUUID(),
    accountId: id,
    providerId: "credential",
    userId: id,
    password: passwordHash,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}
