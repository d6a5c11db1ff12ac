import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

/**
 * Personal API tokens (lib/auth/api-token.ts): a script acts as the account that made the
 * token, with its rights and no more, and only reads unless `write` was chosen. The secret is
 * never stored: only its SHA-256 (hex). Revoking deletes the row; a deleted or disabled
 * account takes its tokens with it (cascade, and the actor check refuses a disabled one).
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    secretSha256: text("secret_sha256").notNull(),
    write: boolean("write").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);
