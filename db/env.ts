import path from "node:path";
import { parseServerEnv, type ServerConfig } from "@/lib/config/env";

/**
 * The one module that reads the server's environment (`process.env`); the rules are in lib/config/env.ts.
 * db/ is the lowest server layer, so db/, server/, app/ and instrumentation.ts all read it here. Not
 * server-only: the scripts (db:migrate, db:backup, …) open the database through it too.
 */
export type { ServerConfig } from "@/lib/config/env";
export { InvalidEnvironmentError } from "@/lib/config/env";

/** What db/client.ts needs to open the database. */
export type ServerEnv = {
  databaseUrl: string | undefined;
  /** Folder of the embedded PGlite database (absolute); used only when databaseUrl is unset. */
  pgliteDir: string;
  seedDemo: boolean;
};

export type ResolvedServerConfig = Readonly<ServerConfig & ServerEnv>;

/** The configuration of `source`, validated (throws InvalidEnvironmentError naming every wrong variable). */
export function readServerEnv(source: Record<string, string | undefined> = process.env): ResolvedServerConfig {
  const config = parseServerEnv(source);
  return Object.freeze({
    ...config,
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ config.dataDir),
  });
}

let cached: ResolvedServerConfig | undefined;

/** This process's configuration: read from process.env on first use, then the same frozen object. */
export function serverEnv(): ResolvedServerConfig {
  cached ??= readServerEnv();
  return cached;
}

/**
 * The origin put in links sent by e-mail (invitations, password resets): BETTER_AUTH_URL when set, so a
 * forged Host header cannot point a link elsewhere; else the origin the request came to.
 */
export function publicOrigin(requestOrigin: string): string {
  const { authUrl } = serverEnv();
  return authUrl ? new URL(authUrl).origin : requestOrigin;
}
