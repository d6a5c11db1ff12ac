import type { Sql } from "postgres";

/**
 * A postgres.js client whose statements are prepared once per connection and then only bound and run.
 * drizzle asks postgres.js for unnamed statements unless a query is given a name, and postgres.js sends
 * an unnamed statement with parameters in two round trips (parse and describe, then bind and execute), with
 * the server parsing and planning it every time. A save is about ten such statements. Prepared, each is one
 * round trip after its first use on a connection.
 */
export function preparingStatements<T extends Sql>(sql: T): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe")
        return (query: string, params?: unknown[], options?: object) =>
          target.unsafe(query, params as never, { ...options, prepare: true });
      if (property === "begin" || property === "savepoint") {
        const method = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const body = args.pop() as (scoped: Sql) => unknown;
          return method.call(target, ...args, (scoped: Sql) => body(preparingStatements(scoped)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
