import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./server/testing/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "db/**/*.test.ts",
      "server/**/*.test.ts",
      "app/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    hookTimeout: 180_000,
    testTimeout: 60_000,
    reporters: process.env.RESULTS_DIR ? ["default", "json"] : ["default"],
    outputFile: process.env.RESULTS_DIR ? { json: `${process.env.RESULTS_DIR}/vitest.json` } : undefined,
  },
});
