import fs from "node:fs";
import path from "node:path";

/**
 * PGlite aborts on start when two processes have opened one data folder, so a
 * process takes this lock before opening it and a second one is refused at once.
 * A lock left by a killed process (its pid no longer runs) is taken over.
 */
export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: { pid: number; command: string; since: string },
  ) {
    super(
      `The PGlite data folder ${folder} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        `Only one process may open it: stop that process first, or set DATA_DIR to another folder.`,
    );
    this.name = "DataFolderLockedError";
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockDataFolder(folder: string): () => void {
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  const lockPath = `${folder}.lock`;
  const me = {
    pid: process.pid,
    command: process.argv.slice(1).join(" ").slice(0, 200),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx" });
      const release = () => {
        try {
          const current = JSON.parse(fs.readFileSync(lockPath, "utf8")) as { pid: number };
          if (current.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: { pid: number; command: string; since: string } | undefined;
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, "utf8"));
      } catch {
        holder = undefined;
      }
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new DataFolderLockedError(folder, holder);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the PGlite data folder ${folder}`);
}
