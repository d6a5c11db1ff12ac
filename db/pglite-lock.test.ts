import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataFolderLockedError, lockDataFolder } from "./pglite-lock";

const dirs: string[] = [];
function tempFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "res45-lock-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("PGlite data folder lock", () => {
  it("refuses a second process, naming the folder and the holder", async () => {
    const folder = tempFolder();
    const holder = spawn("sleep", ["30"]);
    try {
      fs.writeFileSync(
        `${folder}.lock`,
        JSON.stringify({ pid: holder.pid, command: "next start", since: "2026-01-01T00:00:00Z" }),
      );
      let caught: unknown;
      try {
        lockDataFolder(folder);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DataFolderLockedError);
      expect((caught as Error).message).toContain(folder);
      expect((caught as Error).message).toContain(String(holder.pid));
      expect((caught as Error).message).toContain("next start");
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("takes over a lock left by a process that no longer runs, and releases it", () => {
    const folder = tempFolder();
    fs.writeFileSync(
      `${folder}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 12345 /* above Linux pid_max: never running */, command: "killed", since: "x" }),
    );
    const release = lockDataFolder(folder);
    const lock = JSON.parse(fs.readFileSync(`${folder}.lock`, "utf8"));
    expect(lock.pid).toBe(process.pid);
    release();
    expect(fs.existsSync(`${folder}.lock`)).toBe(false);
  });
});
