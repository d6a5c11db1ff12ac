import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads the server's environment. Validated once, so a
 * misconfiguration fails at start with a message instead of at first use.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must be a postgres:// or postgresql:// URL",
    })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().trim().min(1).optional(),
  SEED_DEMO: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => v === "true" || v === "1"),
});

export type ServerEnv = {
  databaseUrl: string | undefined;
  /** Folder of the embedded PGlite database; used only when databaseUrl is unset. */
  pgliteDir: string;
  seedDemo: boolean;
};

export function readServerEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const { DATABASE_URL, DATA_DIR, SEED_DEMO } = parsed.data;
  return {
    databaseUrl: DATABASE_URL,
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ DATA_DIR ?? path.join(".data", "pglite")),
    seedDemo: SEED_DEMO,
  };
}
