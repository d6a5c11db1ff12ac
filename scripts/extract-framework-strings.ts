/**
 * Writes lib/framework/i18n/en.json from the TypeScript source of the current framework (the source of
 * truth); translators then update the other languages, and lib/framework/i18n/strings.test.ts checks every key.
 * Run: npx tsx scripts/extract-framework-strings.ts
 */
import { writeFileSync } from "node:fs";
import { CURRENT_FRAMEWORK } from "../lib/framework";
import { frameworkStrings } from "../lib/framework/i18n/strings";

writeFileSync(
  new URL("../lib/framework/i18n/en.json", import.meta.url),
  JSON.stringify(frameworkStrings(CURRENT_FRAMEWORK), null, 2) + "\n",
);
