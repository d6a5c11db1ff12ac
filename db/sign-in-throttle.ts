import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "./index";
import { signInAttempts } from "./schema/index";

/**
 * Slows down guessing: after ACCOUNT_LIMIT failed sign-ins for one account, or
 * ADDRESS_LIMIT from one client address, within WINDOW, further attempts are
 * refused for a delay that doubles with each failure (up to MAX_BLOCK).
 */
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;

/**
 * What is counted: failed sign-ins (the default), or password reset requests, every one of which counts
 * (a request answers the same whether the address has an account or not, so only their number is limited).
 */
export interface ThrottlePolicy {
  prefix: string;
  accountLimit: number;
  addressLimit: number;
}
export const SIGN_IN_POLICY: ThrottlePolicy = { prefix: "", accountLimit: ACCOUNT_LIMIT, addressLimit: ADDRESS_LIMIT };
export const PASSWORD_RESET_POLICY: ThrottlePolicy = { prefix: "reset:", accountLimit: 3, addressLimit: 10 };
const WINDOW_SECONDS = 15 * 60;
const FIRST_BLOCK_SECONDS = 30;
const MAX_BLOCK_SECONDS = 15 * 60;

function keysFor(email: string, address: string, policy: ThrottlePolicy = SIGN_IN_POLICY) {
  return {
    account: `${policy.prefix}account:${email.trim().toLowerCase()}`,
    address: `${policy.prefix}address:${address}`,
  };
}

/** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
export async function signInRetryAfter(
  email: string,
  address: string,
  policy: ThrottlePolicy = SIGN_IN_POLICY,
): Promise<number> {
  const db = await getDb();
  const keys = keysFor(email, address, policy);
  const rows = await db
    .select({ blockedUntil: signInAttempts.blockedUntil })
    .from(signInAttempts)
    .where(inArray(signInAttempts.key, [keys.account, keys.address]));
  const now = Date.now();
  let wait = 0;
  for (const r of rows) if (r.blockedUntil) wait = Math.max(wait, Math.ceil((r.blockedUntil.getTime() - now) / 1000));
  return wait;
}

export async function recordSignInFailure(
  email: string,
  address: string,
  policy: ThrottlePolicy = SIGN_IN_POLICY,
): Promise<void> {
  const db = await getDb();
  const keys = keysFor(email, address, policy);
  for (const [key, limit] of [
    [keys.account, policy.accountLimit],
    [keys.address, policy.addressLimit],
  ] as const) {
    // One statement, so concurrent failures on several app servers all count.
    await db.execute(sql`
      insert into sign_in_attempts as a (key, failures, window_started_at, blocked_until)
      values (${key}, 1, now(), null)
      on conflict (key) do update set
        failures = case when a.window_started_at < now() - make_interval(secs => ${WINDOW_SECONDS}) and (a.blocked_until is null or a.blocked_until < now())
                        then 1 else a.failures + 1 end,
        window_started_at = case when a.window_started_at < now() - make_interval(secs => ${WINDOW_SECONDS}) and (a.blocked_until is null or a.blocked_until < now())
                        then now() else a.window_started_at end,
        blocked_until = case when a.window_started_at >= now() - make_interval(secs => ${WINDOW_SECONDS}) and a.failures + 1 >= ${limit}
                        then now() + make_interval(secs => least(${MAX_BLOCK_SECONDS}, ${FIRST_BLOCK_SECONDS} * power(2, a.failures + 1 - ${limit})))
                        else a.blocked_until end`);
  }
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearSignInFailures(email: string): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempts).where(eq(signInAttempts.key, keysFor(email, "").account));
}
