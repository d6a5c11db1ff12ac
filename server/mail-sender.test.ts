import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { insertMail } from "@/db/queries/mail";
import { mailOutbox } from "@/db/schema/index";
import { MAX_ATTEMPTS } from "@/lib/mail/backoff";
import type { Actor } from "@/lib/assessment/actor";
import { sendDueMail, type SendMail } from "./mail-sender";
import { listOutbox, readOutboxMessage } from "./outbox";
import { createActor, refusalCode, useServiceDatabase } from "./testing/service-database";

const db = useServiceDatabase();
const options = { from: "Res45 <readiness@test.example>", retryBaseMs: 60_000 };

async function queue(recipient: string): Promise<number> {
  return insertMail(db.connection().db, {
    recipient,
    locale: "en",
    kind: "invitation",
    subject: `To ${recipient}`,
    text: "text",
    html: "<p>html</p>",
  });
}

const rowsOf = (ids: number[]) =>
  db.connection().db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids)).orderBy(mailOutbox.id);

describe("sendDueMail", () => {
  it("sends each due message once, even with two senders at work at the same time", async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => queue(`once.${i}@test.example`)));
    const delivered: string[] = [];
    const send: SendMail = async (message) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      delivered.push(message.to);
    };
    const [a, b] = await Promise.all([sendDueMail(send, options), sendDueMail(send, options)]);
    expect(a.sent + b.sent).toBe(30);
    expect(delivered.filter((to) => to.startsWith("once.")).sort()).toEqual(
      ids.map((_, i) => `once.${i}@test.example`).sort(),
    );
    for (const row of await rowsOf(ids)) expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    // Nothing left to send.
    expect(await sendDueMail(send, options)).toEqual({ sent: 0, failed: 0 });
  });

  it("keeps a message whose send failed, and tries it again once its backoff has passed", async () => {
    const id = await queue("retry@test.example");
    const down: SendMail = async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:2525");
    };
    expect(await sendDueMail(down, options)).toEqual({ sent: 0, failed: 1 });
    let [row] = await rowsOf([id]);
    expect(row).toMatchObject({ status: "queued", attempts: 1, lastError: "connect ECONNREFUSED 127.0.0.1:2525" });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);

    // Not yet due: a working server does not get it before its time.
    const delivered: string[] = [];
    const up: SendMail = async (message) => void delivered.push(message.to);
    await sendDueMail(up, options);
    expect(delivered).not.toContain("retry@test.example");

    await db.connection().db.update(mailOutbox).set({ nextAttemptAt: new Date() }).where(eq(mailOutbox.id, id));
    await sendDueMail(up, options);
    expect(delivered).toContain("retry@test.example");
    [row] = await rowsOf([id]);
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("gives a message up after the last attempt, keeping its error", async () => {
    const id = await queue("never@test.example");
    await db
      .connection()
      .db.update(mailOutbox)
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where(eq(mailOutbox.id, id));
    await sendDueMail(async () => {
      throw new Error("550 mailbox unavailable");
    }, options);
    const [row] = await rowsOf([id]);
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "550 mailbox unavailable" });
  });
});

describe("the outbox", () => {
  it("is read by administrators only", async () => {
    const admin: Actor = await createActor(db.connection(), "admin");
    const analyst: Actor = await createActor(db.connection(), "analyst");
    const id = await queue("read@test.example");
    expect((await listOutbox(admin)).find((m) => m.id === id)).toMatchObject({
      recipient: "read@test.example",
      kind: "invitation",
      status: "queued",
    });
    expect(await readOutboxMessage(admin, id)).toMatchObject({ text: "text", html: "<p>html</p>" });
    expect(await refusalCode(listOutbox(analyst))).toBe("forbidden.admin_only");
    expect(await refusalCode(readOutboxMessage(analyst, id))).toBe("forbidden.admin_only");
    expect(await refusalCode(readOutboxMessage(admin, 987654321))).toBe("not_found.mail");
  });
});
