import { describe, expect, it } from "vitest";
import { createSlots } from "./slots";

/** A task that runs until `finish()` is called, recording when it started. */
function controlledTask(started: string[], name: string) {
  let finish!: (value: string) => void;
  const done = new Promise<string>((resolve) => (finish = resolve));
  return { run: () => (started.push(name), done), finish: () => finish(name) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createSlots", () => {
  it("runs at most `limit` tasks at once and starts the others in order of arrival", async () => {
    const inSlot = createSlots(2);
    const started: string[] = [];
    const tasks = ["a", "b", "c", "d"].map((name) => controlledTask(started, name));
    const results = tasks.map((task) => inSlot(task.run));
    await tick();
    expect(started).toEqual(["a", "b"]);
    tasks[1]!.finish();
    await tick();
    expect(started).toEqual(["a", "b", "c"]);
    tasks[0]!.finish();
    await tick();
    expect(started).toEqual(["a", "b", "c", "d"]);
    tasks[2]!.finish();
    tasks[3]!.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
  });

  it("frees the place of a task that fails, and passes its error on", async () => {
    const inSlot = createSlots(1);
    const failed = inSlot(() => Promise.reject(new Error("hash failed")));
    const next = inSlot(async () => "next ran");
    await expect(failed).rejects.toThrow("hash failed");
    expect(await next).toBe("next ran");
  });

  it("refuses a limit below one or not whole", () => {
    expect(() => createSlots(0)).toThrow(RangeError);
    expect(() => createSlots(1.5)).toThrow(RangeError);
  });
});
