import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPreparedStatements } from "./pglite-prepared";

// PGlite only, in memory: what is under test is the protocol exchange, not the app's schema (every service test
// runs through it too, db/client.ts).
let instance: PGlite;
let client: PGlite;

beforeAll(async () => {
  instance = await PGlite.create();
  client = withPreparedStatements(instance, instance, { maxStatements: 8 });
  await instance.exec(`
    create table item (id serial primary key, name text not null unique, tags text[], doc jsonb, at timestamptz);
    insert into item (name, tags, doc, at) values ('first', '{a,b}', '{"n": 1}', '2026-01-02T03:04:05Z');
  `);
});
afterAll(() => instance.close());

const preparedTexts = async () =>
  (await instance.query<{ statement: string }>("select statement from pg_prepared_statements")).rows.map(
    (r) => r.statement,
  );

const SELECT = "select id, name, tags, doc, at from item where name = $1 or id = $2";

describe("statements run prepared", () => {
  it("answer as query() does, in object and array rows, with values of every kind", async () => {
    for (const options of [undefined, { rowMode: "array" as const }]) {
      const expected = await instance.query(SELECT, ["first", null], options);
      const got = await client.query(SELECT, ["first", null], options);
      expect(got.rows, JSON.stringify(options)).toEqual(expected.rows);
      expect(got.fields).toEqual(expected.fields);
      expect(got.rows).toHaveLength(1);
    }
    const written = await client.query<{ id: number; doc: unknown; tags: string[] }>(
      "insert into item (name, tags, doc, at) values ($1, $2, $3, $4) returning id, doc, tags",
      ["second", ["x", "y"], { quoted: "it's" }, new Date("2026-03-04T00:00:00Z")],
    );
    expect(written.rows[0]).toMatchObject({ doc: { quoted: "it's" }, tags: ["x", "y"] });
    expect(written.affectedRows).toBe(1);
  });

  it("are parsed once per text, and bind their values rather than write them into the SQL", async () => {
    const hostile = "'); drop table item; --";
    for (let i = 0; i < 3; i++) await client.query(SELECT, [hostile, -1]);
    expect((await preparedTexts()).filter((t) => t === SELECT)).toHaveLength(1);
    await client.query("insert into item (name) values ($1)", [hostile]);
    expect((await instance.query("select name from item where name = $1", [hostile])).rows).toHaveLength(1);
  });

  it("fail with the engine's error and its code, leaving the client usable, in and out of transactions", async () => {
    const duplicate = client.query("insert into item (name) values ($1)", ["first"]);
    await expect(duplicate).rejects.toMatchObject({ code: "23505", query: expect.stringContaining("insert") });
    await expect(
      client.transaction(async (tx) => {
        await tx.query("insert into item (name) values ($1)", ["in the transaction"]);
        await tx.query("insert into item (name) values ($1)", ["first"]);
      }),
    ).rejects.toMatchObject({ code: "23505" });
    const rolledBack = await client.query("select count(*)::int as n from item where name = $1", [
      "in the transaction",
    ]);
    expect(rolledBack.rows).toEqual([{ n: 0 }]);
    expect((await client.query(SELECT, ["first", null])).rows).toHaveLength(1);
  });

  it("run inside the transaction that sends them, and one outside waits for it", async () => {
    let releaseTransaction = () => {};
    const held = new Promise<void>((resolve) => (releaseTransaction = resolve));
    let updated = () => {};
    const updatedInside = new Promise<void>((resolve) => (updated = resolve));
    const transaction = client.transaction(async (tx) => {
      await tx.query("update item set doc = $1 where name = $2", [{ n: 2 }, "first"]);
      updated();
      await held;
      return (await tx.query<{ doc: unknown }>("select doc from item where name = $1", ["first"])).rows[0];
    });
    try {
      await updatedInside;
      let outsideDone = false;
      const outside = client.query("select doc from item where name = $1", ["first"]).then((r) => {
        outsideDone = true;
        return r.rows[0];
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(outsideDone).toBe(false);
      releaseTransaction();
      expect(await transaction).toEqual({ doc: { n: 2 } });
      expect(await outside).toEqual({ doc: { n: 2 } });
    } finally {
      releaseTransaction();
    }
  });

  it("keep at most the configured number prepared, closing the least recently run", async () => {
    for (let i = 0; i < 12; i++) await client.query(`select $1::int + ${i} as n`, [1]);
    const texts = await preparedTexts();
    expect(texts.length).toBeLessThanOrEqual(8);
    expect(texts).toContain("select $1::int + 11 as n");
    expect(texts).not.toContain("select $1::int + 0 as n");
    expect((await client.query("select $1::int + 0 as n", [1])).rows).toEqual([{ n: 1 }]);
  });

  it("are prepared again after a change to a table changed their result's columns", async () => {
    const text = "select * from item where id = $1";
    await client.query(text, [1]);
    await instance.exec("alter table item add column note text");
    await expect(client.query(text, [1])).rejects.toMatchObject({ code: "0A000" });
    expect((await client.query<{ note: null }>(text, [1])).rows[0]).toMatchObject({ id: 1, note: null });
  });

  it("leave transaction control and other statements to query()", async () => {
    await client.query("set statement_timeout = 0");
    expect(await preparedTexts()).not.toContain("set statement_timeout = 0");
  });
});
