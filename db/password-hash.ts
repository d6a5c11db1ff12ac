// No "server-only": the seed, the bench and the crash test create accounts with it outside Next.js.
import { hashPassword as scryptHash, verifyPassword as scryptVerify } from "better-auth/crypto";
import { createSlots } from "@/lib/concurrency/slots";

/**
 * One password hash at a time per process. better-auth's scrypt (N 16384, r 16) holds 32 MB of
 * native memory for the tenth of a second it runs, outside the JavaScript heap and its limit: with
 * four at once (libuv's four threads), 193 focal points signing in took an app server from 290 to
 * 416 MB. One at a time costs a queue of sign-ins a tenth of a second each.
 */
const inHashSlot = createSlots(1);

/** better-auth's password hash (`salt:key`, scrypt), computed in the process's one hash slot. */
export function hashPassword(password: string): Promise<string> {
  return inHashSlot(() => scryptHash(password));
}

/** Whether `password` matches `hash`, computed in the process's one hash slot. */
export function verifyPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  return inHashSlot(() => scryptVerify({ hash, password }));
}
