// Adds up the JSON reports that vitest and Playwright wrote under a folder and
// prints the one closing line CI reads: "N passed, N failed".
import fs from "node:fs";
import path from "node:path";

const folder = process.argv[2];
let passed = 0;
let failed = 0;
function walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith(".json")) count(JSON.parse(fs.readFileSync(file, "utf8")), file);
  }
}
function count(report, file) {
  if (typeof report.numPassedTests === "number") {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats && typeof report.stats.expected === "number") {
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
  } else if (typeof report.passed === "number") {
    passed += report.passed;
    failed += report.failed;
  } else {
    console.error(`Unrecognised report ${file}`);
    failed += 1;
  }
}
walk(folder);
console.log(`${passed} passed, ${failed} failed`);
