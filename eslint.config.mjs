// ESLint flat config: recommended JavaScript and TypeScript rules, React hooks and Next.js rules, and the
// import boundaries between the layers of docs/architecture.md (lib/ ← db/ ← server/ ← app/).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/** Patterns of `no-restricted-imports` for the layers that a folder may not import. */
const layer = {
  next: {
    group: ["next", "next/*", "next-intl", "next-intl/*"],
    message: "Framework-free code: no Next.js or next-intl here.",
  },
  react: { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "Framework-free code: no React here." },
  serverOnly: { group: ["server-only"], message: "lib/ runs in the browser too: no server-only here." },
  db: { group: ["@/db", "@/db/*"], message: "lib/ may not import db/ (docs/architecture.md)." },
  server: {
    group: ["@/server", "@/server/*"],
    message: "A lower layer may not import server/ (docs/architecture.md).",
  },
  app: { group: ["@/app", "@/app/*"], message: "Only app/ imports app/ (docs/architecture.md)." },
};
/** The same layers reached by a relative path from the top folder (`../db/index`, `../../server/env`). */
const relative = (folder) => ({
  regex: `^(\\.\\./)+${folder}(/|$)`,
  message: `A lower layer may not import ${folder}/ (docs/architecture.md).`,
});
const restrict = (...patterns) => ["error", { patterns }];

export default defineConfig(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "db/migrations/**",
      "bench/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
      "**/*.tsbuildinfo",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    // TypeScript checks these itself (strict mode).
    rules: { "no-undef": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // A notice that React Compiler would skip a component (react-hook-form's watch()); this app does not use the
      // compiler, so it is no finding.
      "react-hooks/incompatible-library": "off",
    },
    settings: { next: { rootDir: "." } },
  },

  // One reader of the environment: db/env.ts (validated by lib/config/env.ts). Scripts and tests keep their own.
  {
    files: ["app/**/*.{ts,tsx}", "db/**/*.ts", "lib/**/*.{ts,tsx}", "server/**/*.ts", "instrumentation.ts", "proxy.ts"],
    ignores: ["db/env.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the configuration with serverEnv() from db/env.ts." },
      ],
    },
  },

  // Import boundaries (docs/architecture.md).
  {
    files: ["lib/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": restrict(
        layer.next,
        layer.react,
        layer.serverOnly,
        layer.db,
        relative("db"),
        layer.server,
        relative("server"),
        layer.app,
        relative("app"),
      ),
    },
  },
  {
    files: ["db/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": restrict(layer.server, relative("server"), layer.app, relative("app")),
    },
  },
  {
    files: ["server/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": restrict(layer.app, relative("app"), layer.next, layer.react),
    },
  },
  {
    files: ["app/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            // db/env.ts, the one reader of process.env, is the exception: every server layer reads its config there.
            {
              regex: "^@/db(/(?!env$)|$)",
              message: "app/ calls server/, not db/ (docs/architecture.md).",
            },
            relative("db"),
          ],
        },
      ],
    },
  },
);
