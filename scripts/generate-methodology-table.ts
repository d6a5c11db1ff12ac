/**
 * Writes the table of every v2 question (clause, outcome, weight, points) between the v2-table markers of
 * docs/methodology.md. Run: npx tsx scripts/generate-methodology-table.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { FRAMEWORK_V2, clauseCitation, formatPoints, pillarWeightSums } from "../lib/framework";

const file = new URL("../docs/methodology.md", import.meta.url);
const sums = pillarWeightSums(FRAMEWORK_V2);
const lines: string[] = [];
for (const p of FRAMEWORK_V2.pillars) {
  const qs = FRAMEWORK_V2.questions.filter((q) => q.pillar === p.id);
  lines.push(
    "",
    `**${p.name}**: ${qs.length} questions, Σ weights ${sums[p.id]}, 20 points.`,
    "",
    "| Question | Clauses | Outcome | Weight | Points |",
    "|----------|---------|---------|-------:|-------:|",
  );
  for (const q of qs) {
    const clauses = q.clauses.map((c) => clauseCitation(c)!.replace("Resolution 45, ", "")).join("; ");
    lines.push(`| ${q.id} | ${clauses} | ${q.outcome} | ${q.weight} | ${formatPoints(q.points!)} |`);
  }
}
const total = FRAMEWORK_V2.questions.reduce((s, q) => s + q.points!, 0);
lines.push("", `${FRAMEWORK_V2.questions.length} questions, ${formatPoints(total)} points in all.`, "");
const doc = readFileSync(file, "utf8");
const start = "<!-- v2-table:start -->";
const end = "<!-- v2-table:end -->";
const before = doc.slice(0, doc.indexOf(start) + start.length);
const after = doc.slice(doc.indexOf(end));
writeFileSync(file, `${before}\n${lines.join("\n")}\n${after}`);
