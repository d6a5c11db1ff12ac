import type { PGlite } from "@electric-sql/pglite";

/**
 * The types drizzle reads as text and converts itself: timestamp, timestamptz, interval, date and their arrays
 * (numeric[] too), the parsers drizzle's PGlite driver sends with every query.
 */
const TYPES_READ_AS_TEXT = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182];

/**
 * The PGlite client drizzle is given: drizzle's parsers are set once on the instance, and each query is sent
 * without them. Why: PGlite copies its whole parser table (318 types) into a new object for every query that
 * brings parsers of its own, about 75 µs a query, 7 % of a save's time. The answers are the same.
 */
export async function withInstanceParsers(client: PGlite): Promise<PGlite> {
  // The first query has set up the array types' parsers, which would otherwise replace ours.
  await client.query("select 1");
  for (const type of TYPES_READ_AS_TEXT) client.parsers[type] = (text: string) => text;
  return withoutQueryParsers(client);
}

type Queryable = Pick<PGlite, "query">;

function withoutQueryParsers<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      if (property === "query") {
        const query = object.query.bind(object);
        return ((text, params, options) =>
          query(text, params, options && { ...options, parsers: undefined })) satisfies PGlite["query"];
      }
      if (property === "transaction") {
        const transaction = (object as unknown as PGlite).transaction.bind(object);
        return ((callback) => transaction((tx) => callback(withoutQueryParsers(tx)))) satisfies PGlite["transaction"];
      }
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
