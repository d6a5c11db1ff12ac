import { parse, protocol, type PGlite, type QueryOptions, type Results, type Transaction } from "@electric-sql/pglite";

/**
 * PGlite's `query()` sends every statement unnamed: parse, describe, bind, describe, execute and sync, six calls
 * into the engine, which parses and plans the statement every time. A save's ten statements spent most of their
 * time there. This sends each statement drizzle runs as a **named prepared statement**: parsed once per text and
 * instance, then run with one call (bind, execute, sync), its values bound as parameters, never written into the
 * SQL. The answers are those of `query()`: the same result parser, parameter serializers and errors.
 */

/** What is prepared: drizzle's reads and writes. Transaction control and anything else goes through `query()`. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\s/i;

/** Statement texts kept prepared per instance, least recently run closed first (the texts are drizzle's: a few hundred). */
const DEFAULT_MAX_STATEMENTS = 500;

/** Postgres refused a prepared statement whose result columns changed since it was prepared (a table altered). */
const RESULT_TYPE_CHANGED = "0A000";

/** The engine's answer to a call: its backend messages. */
type Messages = Awaited<ReturnType<PGlite["execProtocolStream"]>>;

interface Prepared {
  name: string;
  paramTypes: number[];
  /** The statement's RowDescription, given to the result parser in place of describing the portal again. */
  rowDescription: Messages[number] | undefined;
}

interface Statements {
  byText: Map<string, Prepared>;
  next: number;
  max: number;
}

const statementsOf = new WeakMap<PGlite, Statements>();

/** The engine's answer to one call: PGlite's own `execProtocolStream`, without its file sync (done per query). */
function exchange(instance: PGlite, parts: Uint8Array[]): Promise<Messages> {
  return instance.execProtocolStream(Buffer.concat(parts), { syncToFs: false });
}

/** As `query()` reports a failed statement: the error with the statement and its values. */
function withQuery(error: unknown, text: string, params: unknown[], options: QueryOptions | undefined): unknown {
  if (error instanceof Error && "code" in error) Object.assign(error, { query: text, params, queryOptions: options });
  return error;
}

async function prepare(instance: PGlite, statements: Statements, text: string): Promise<Prepared> {
  if (statements.byText.size >= statements.max) {
    const [oldestText, oldest] = statements.byText.entries().next().value!;
    statements.byText.delete(oldestText);
    await exchange(instance, [protocol.serialize.close({ type: "S", name: oldest.name }), protocol.serialize.sync()]);
  }
  const name = `res45_${statements.next++}`;
  const messages = await exchange(instance, [
    protocol.serialize.parse({ name, text }),
    protocol.serialize.describe({ type: "S", name }),
    protocol.serialize.sync(),
  ]);
  const prepared = {
    name,
    paramTypes: parse.parseDescribeStatementResults(messages),
    rowDescription: messages.find((m) => m.name === "rowDescription"),
  };
  statements.byText.set(text, prepared);
  return prepared;
}

async function runPrepared<T>(
  instance: PGlite,
  text: string,
  params: unknown[],
  options: QueryOptions | undefined,
): Promise<Results<T>> {
  const statements = statementsOf.get(instance)!;
  let prepared = statements.byText.get(text);
  if (prepared) {
    // Most recently run last: the first is the one closed when the cache is full.
    statements.byText.delete(text);
    statements.byText.set(text, prepared);
  } else {
    prepared = await prepare(instance, statements, text);
  }
  const values = params.map((value, i) => {
    if (value == null) return null;
    const serializer = instance.serializers[prepared.paramTypes[i]!];
    return serializer ? serializer(value) : String(value);
  });
  let messages: Messages;
  try {
    messages = await exchange(instance, [
      protocol.serialize.bind({ statement: prepared.name, values }),
      protocol.serialize.execute({}),
      protocol.serialize.sync(),
    ]);
  } catch (error) {
    if ((error as { code?: string }).code === RESULT_TYPE_CHANGED) statements.byText.delete(text);
    throw error;
  }
  const described = prepared.rowDescription ? [prepared.rowDescription, ...messages] : messages;
  // The instance's parsers only (drizzle's are set on it, db/pglite-parsers.ts): no per-query merge.
  return parse.parseResults(described, instance.parsers, options && { rowMode: options.rowMode })[0] as Results<T>;
}

type Queryable = Pick<PGlite, "query" | "transaction">;

/**
 * `target` (the client drizzle is given) with its `query`, and its transactions' `query`, running drizzle's
 * statements prepared on `instance` (the PGlite underneath). Holds the instance's locks as `query()` does: a
 * statement outside a transaction waits for any transaction, one inside runs in it.
 */
export function withPreparedStatements<T extends Queryable>(
  target: T,
  instance: PGlite,
  { maxStatements = DEFAULT_MAX_STATEMENTS } = {},
): T {
  if (!statementsOf.has(instance)) statementsOf.set(instance, { byText: new Map(), next: 1, max: maxStatements });
  const run = async <R>(text: string, params: unknown[] = [], options?: QueryOptions) => {
    try {
      return await runPrepared<R>(instance, text, params, options);
    } catch (error) {
      throw withQuery(error, text, params, options);
    }
  };
  return new Proxy(target, {
    get(object, property) {
      if (property === "query") {
        const query = object.query.bind(object);
        return (async (text, params, options) => {
          if (!PREPARABLE.test(text)) return query(text, params, options);
          // As query() does before taking the locks (which also keeps the callers' order): refuse a closed instance.
          await instance._checkReady();
          return instance._runExclusiveTransaction(() =>
            instance._runExclusiveQuery(async () => {
              const result = await run<never>(text, params, options);
              await instance.syncToFs();
              return result;
            }),
          );
        }) satisfies PGlite["query"];
      }
      if (property === "transaction") {
        const transaction = object.transaction.bind(object);
        return ((callback) =>
          transaction((tx) => {
            const query = tx.query.bind(tx);
            const prepared: Transaction = Object.create(tx, {
              query: {
                value: ((text, params, options) => {
                  if (!PREPARABLE.test(text) || tx.closed) return query(text, params, options);
                  return instance._runExclusiveQuery(() => run(text, params, options));
                }) satisfies Transaction["query"],
              },
            });
            return callback(prepared);
          })) satisfies PGlite["transaction"];
      }
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
