import { randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { account, memberStates, session } from "@/db/schema/index";
import { currentCycleYear } from "@/db/seed/reference";
import type { Actor } from "@/lib/assessment/actor";
import { ACCOUNT_LIMIT, recordSignInFailure } from "@/db/sign-in-throttle";
import { createApiToken, revokeApiToken } from "./api-tokens";
import { addCycle, createActor, refusal, refusalCode, useServiceDatabase } from "./testing/service-database";
import {
  changeAccountRole,
  closeCycle,
  countAssessmentsByFramework,
  createAccount,
  downloadBackup,
  listAccountHistory,
  listAccounts,
  listCyclesWithCounts,
  moveMemberState,
  openNewCycle,
  reopenCycle,
  resetAccountPassword,
  setAccountDisabled,
} from "./admin";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const CLOSED = CYCLE - 1;
const PASSWORD = "a-long-initial-pass";

let admin: Actor;
let analyst: Actor;
let kenya: Actor;

beforeAll(async () => {
  admin = await createActor(db.connection(), "admin");
  analyst = await createActor(db.connection(), "analyst");
  kenya = await createActor(db.connection(), "focal_point", "KEN");
  await addCycle(db.connection(), CLOSED, "closed");
});

const newAccount = (email = `person.${randomUUID().slice(0, 8)}@test.example`) => ({
  name: "A Person",
  email,
  role: "analyst" as const,
  memberStateIso3: null,
  password: PASSWORD,
});

async function addSession(userId: string) {
  await db
    .connection()
    .db.insert(session)
    .values({ id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) });
}

describe("who may administer", () => {
  const calls: [string, (actor: Actor) => Promise<unknown>][] = [
    ["listAccounts", (a) => listAccounts(a, { q: undefined })],
    ["createAccount", (a) => createAccount(a, newAccount())],
    ["setAccountDisabled", (a) => setAccountDisabled(a, { userId: kenya.userId, disabled: true })],
    ["changeAccountRole", (a) => changeAccountRole(a, { userId: kenya.userId, role: "admin", memberStateIso3: null })],
    ["resetAccountPassword", (a) => resetAccountPassword(a, { userId: kenya.userId, password: PASSWORD })],
    ["listCyclesWithCounts", (a) => listCyclesWithCounts(a)],
    ["openNewCycle", (a) => openNewCycle(a, { year: CYCLE + 1 })],
    ["closeCycle", (a) => closeCycle(a, { year: CYCLE })],
    ["reopenCycle", (a) => reopenCycle(a, { year: CLOSED })],
    ["moveMemberState", (a) => moveMemberState(a, { iso3: "GEO", region: "cis" })],
    ["countAssessmentsByFramework", (a) => countAssessmentsByFramework(a)],
    ["downloadBackup", (a) => downloadBackup(a)],
    ["listAccountHistory", (a) => listAccountHistory(a, { userId: kenya.userId })],
  ];

  it.each(calls)("refuses %s to focal points and BDT analysts, changing nothing", async (_name, call) => {
    expect(await refusalCode(call(kenya))).toBe("forbidden.admin_only");
    expect(await refusalCode(call(analyst))).toBe("forbidden.admin_only");
  });

  it("left every account, cycle and region as it was", async () => {
    const { accounts } = await listAccounts(admin, { q: undefined });
    expect(accounts.find((a) => a.id === kenya.userId)).toMatchObject({ role: "focal_point", disabled: false });
    expect((await listCyclesWithCounts(admin)).map((c) => [c.year, c.status])).toEqual([
      [CYCLE, "open"],
      [CLOSED, "closed"],
    ]);
    const [georgia] = await db
      .connection()
      .db.select({ region: memberStates.region })
      .from(memberStates)
      .where(eq(memberStates.iso3, "GEO"));
    expect(georgia?.region).toBe("europe");
  });

  it("lets an administrator read the page's data", async () => {
    const list = await listAccounts(admin, { role: "focal_point", q: undefined });
    expect(list.accounts.map((a) => a.id)).toEqual([kenya.userId]);
    expect(list.total).toBeGreaterThanOrEqual(3);
    expect(await countAssessmentsByFramework(admin)).toEqual({});
    const { json } = await downloadBackup(admin);
    const backup = (await new Response(json).json()) as { tables: Record<string, unknown[]> };
    expect(Object.keys(backup.tables)).toContain("user");
    expect(Object.keys(backup.tables)).not.toContain("session");
    expect(Object.keys(backup.tables)).not.toContain("verification");
  });
});

describe("an administrator's own account", () => {
  it("cannot be disabled, given another role or a new password from the admin page", async () => {
    expect(await refusalCode(setAccountDisabled(admin, { userId: admin.userId, disabled: true }))).toBe(
      "forbidden.own_account_disable",
    );
    expect(
      await refusalCode(changeAccountRole(admin, { userId: admin.userId, role: "analyst", memberStateIso3: null })),
    ).toBe("forbidden.own_account_role");
    expect(await refusalCode(resetAccountPassword(admin, { userId: admin.userId, password: PASSWORD }))).toBe(
      "forbidden.own_account_password",
    );
  });
});

describe("accounts", () => {
  it("creates an account whose password better-auth accepts", async () => {
    const created = await createAccount(admin, { ...newAccount(), role: "focal_point", memberStateIso3: "KEN" });
    expect(created).toMatchObject({ role: "focal_point", memberStateIso3: "KEN", memberStateName: "Kenya" });
    const [credential] = await db
      .connection()
      .db.select({ password: account.password })
      .from(account)
      .where(eq(account.userId, created.id));
    expect(await verifyPassword({ hash: credential!.password!, password: PASSWORD })).toBe(true);
  });

  it("refuses a taken email as a field error, and an unknown Member State", async () => {
    const input = newAccount();
    await createAccount(admin, input);
    const duplicate = await refusal(createAccount(admin, { ...input, name: "Someone else" }));
    expect(duplicate.code).toBe("validation.duplicate_email");
    expect(duplicate.problems).toEqual([
      { path: ["email"], message: "", code: "validation.duplicate_email", params: {} },
    ]);
    const unknown = await refusal(
      createAccount(admin, { ...newAccount(), role: "focal_point", memberStateIso3: "XXX" }),
    );
    expect(unknown.code).toBe("validation.member_state");
    expect(unknown.problems.map((p) => [p.path, p.code])).toEqual([
      [["memberStateIso3"], "validation.choose_member_state"],
    ]);
  });

  it("disables an account, ending its sessions, and enables it again", async () => {
    const person = await createAccount(admin, newAccount());
    await addSession(person.id);
    await addSession(person.id);
    const disabled = await setAccountDisabled(admin, { userId: person.id, disabled: true });
    expect(disabled).toMatchObject({ account: { disabled: true }, sessionsEnded: 2 });
    const enabled = await setAccountDisabled(admin, { userId: person.id, disabled: false });
    expect(enabled).toMatchObject({ account: { disabled: false }, sessionsEnded: 0 });
  });

  it("changes a role, binding a focal point to its state and others to none", async () => {
    const person = await createAccount(admin, newAccount());
    expect(
      await changeAccountRole(admin, { userId: person.id, role: "focal_point", memberStateIso3: "PRT" }),
    ).toMatchObject({ role: "focal_point", memberStateIso3: "PRT" });
    expect(
      await changeAccountRole(admin, { userId: person.id, role: "analyst", memberStateIso3: "PRT" }),
    ).toMatchObject({
      role: "analyst",
      memberStateIso3: null,
    });
    expect(
      await refusalCode(changeAccountRole(admin, { userId: person.id, role: "focal_point", memberStateIso3: "XXX" })),
    ).toBe("validation.member_state");
  });

  it("resets a password and ends the sessions; an account without one has nothing to reset", async () => {
    const person = await createAccount(admin, newAccount());
    await addSession(person.id);
    const result = await resetAccountPassword(admin, { userId: person.id, password: "another-long-password" });
    expect(result.sessionsEnded).toBe(1);
    const [credential] = await db
      .connection()
      .db.select({ password: account.password })
      .from(account)
      .where(and(eq(account.userId, person.id), eq(account.providerId, "credential")));
    expect(await verifyPassword({ hash: credential!.password!, password: "another-long-password" })).toBe(true);
    // createActor makes a user without a credential.
    const noPassword = await refusal(resetAccountPassword(admin, { userId: analyst.userId, password: PASSWORD }));
    expect(noPassword.code).toBe("not_found.password");
    expect(noPassword.params).toEqual({ email: analyst.email });
  });

  it("answers not_found.account for an account that no longer exists", async () => {
    const gone = randomUUID();
    expect(await refusalCode(setAccountDisabled(admin, { userId: gone, disabled: true }))).toBe("not_found.account");
    expect(await refusalCode(changeAccountRole(admin, { userId: gone, role: "admin", memberStateIso3: null }))).toBe(
      "not_found.account",
    );
    expect(await refusalCode(resetAccountPassword(admin, { userId: gone, password: PASSWORD }))).toBe(
      "not_found.account",
    );
  });
});

describe("cycles: at most one open at a time", () => {
  it("refuses each change the rules forbid, with its code and values", async () => {
    const exists = await refusal(openNewCycle(admin, { year: CLOSED }));
    expect(exists.code).toBe("validation.cycle_exists");
    expect(exists.problems.map((p) => [p.path, p.code])).toEqual([[["year"], "validation.cycle_exists"]]);
    const another = await refusal(openNewCycle(admin, { year: CYCLE + 1 }));
    expect([another.code, another.params]).toEqual(["conflict.another_cycle_open", { open: CYCLE, year: CYCLE + 1 }]);
    expect(await refusalCode(reopenCycle(admin, { year: CLOSED }))).toBe("conflict.another_cycle_open_reopen");
    expect(await refusalCode(reopenCycle(admin, { year: CYCLE }))).toBe("conflict.cycle_already_open");
    expect(await refusalCode(closeCycle(admin, { year: CLOSED }))).toBe("conflict.cycle_already_closed");
    expect(await refusalCode(closeCycle(admin, { year: 2099 }))).toBe("not_found.cycle");
  });

  it("closes the open cycle, opens a new one, and reopens the first once the new one is closed", async () => {
    expect(await closeCycle(admin, { year: CYCLE })).toEqual({ year: CYCLE });
    expect(await openNewCycle(admin, { year: CYCLE + 1 })).toEqual({ year: CYCLE + 1 });
    expect(await refusalCode(reopenCycle(admin, { year: CYCLE }))).toBe("conflict.another_cycle_open_reopen");
    await closeCycle(admin, { year: CYCLE + 1 });
    await reopenCycle(admin, { year: CYCLE });
    const cycles = await listCyclesWithCounts(admin);
    expect(cycles.map((c) => [c.year, c.status])).toEqual([
      [CYCLE + 1, "closed"],
      [CYCLE, "open"],
      [CLOSED, "closed"],
    ]);
    expect(cycles.find((c) => c.year === CYCLE)).toMatchObject({ closedAt: null, assessments: 0 });
  });
});

describe("Member State regions", () => {
  it("moves a state and back; a move to its own region or of an unknown state is a field error", async () => {
    expect(await moveMemberState(admin, { iso3: "GEO", region: "cis" })).toEqual({
      iso3: "GEO",
      name: "Georgia",
      from: "europe",
      to: "cis",
    });
    const unchanged = await refusal(moveMemberState(admin, { iso3: "GEO", region: "cis" }));
    expect(unchanged.code).toBe("validation.region_unchanged");
    expect(unchanged.params).toEqual({ state: "Georgia", region: "CIS" });
    expect(unchanged.problems.map((p) => [p.path, p.code])).toEqual([[["region"], "validation.region_unchanged"]]);
    const unknown = await refusal(moveMemberState(admin, { iso3: "XXX", region: "cis" }));
    expect(unknown.code).toBe("validation.member_state");
    expect(unknown.problems.map((p) => p.path)).toEqual([["iso3"]]);
    await moveMemberState(admin, { iso3: "GEO", region: "europe" });
  });
});

describe("failed sign-ins, as administrators see them", () => {
  it("lists each account's failed sign-ins counted by the throttle, and until when it refuses them", async () => {
    const person = await createActor(db.connection(), "analyst");
    const listed = async () => (await listAccounts(admin, { q: person.email })).accounts[0]!;
    expect(await listed()).toMatchObject({ failedSignIns: 0, signInBlockedUntil: null });
    await recordSignInFailure(person.email, "192.0.2.10");
    await recordSignInFailure(person.email.toUpperCase(), "192.0.2.11");
    expect(await listed()).toMatchObject({ failedSignIns: 2, signInBlockedUntil: null });
    for (let i = 2; i < ACCOUNT_LIMIT; i++) await recordSignInFailure(person.email, "192.0.2.12");
    const blocked = await listed();
    expect(blocked.failedSignIns).toBe(ACCOUNT_LIMIT);
    expect(Date.parse(blocked.signInBlockedUntil!)).toBeGreaterThan(Date.now());
  });
});

describe("an account's history", () => {
  it("records what administrators did and what the owner did with tokens, newest first, for administrators only", async () => {
    const person = await createAccount(admin, newAccount());
    const owner: Actor = { ...person, userId: person.id, role: "focal_point", memberStateIso3: "KEN" };
    await setAccountDisabled(admin, { userId: person.id, disabled: true });
    await setAccountDisabled(admin, { userId: person.id, disabled: false });
    await changeAccountRole(admin, { userId: person.id, role: "contributor", memberStateIso3: "KEN" });
    await resetAccountPassword(admin, { userId: person.id, password: PASSWORD });
    const token = await createApiToken(owner, { name: "Dashboard", expiresInDays: 30, write: false });
    await revokeApiToken(owner, token.id);
    const history = await listAccountHistory(admin, { userId: person.id });
    expect(history.map((e) => [e.kind, e.detail])).toEqual([
      ["api_token_revoked", "Dashboard"],
      ["api_token_created", "Dashboard"],
      ["password_reset", null],
      ["role_changed", "contributor KEN"],
      ["account_enabled", null],
      ["account_disabled", null],
    ]);
    expect(history.filter((e) => e.kind.startsWith("api_token")).every((e) => e.actorName === person.name)).toBe(true);
    expect(history.find((e) => e.kind === "account_disabled")!.actorName).toBe(admin.name);
    // A refused change writes nothing.
    await refusal(setAccountDisabled(admin, { userId: randomUUID(), disabled: true }));
    expect(await listAccountHistory(admin, { userId: person.id })).toHaveLength(history.length);
    expect(await refusalCode(listAccountHistory(admin, { userId: randomUUID() }))).toBe("not_found.account");
  });
});
