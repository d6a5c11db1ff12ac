import { describe, expect, it } from "vitest";
import {
  AutosaveQueue,
  type AnswerState,
  type Answers,
  type AutosaveTransport,
  type Conflict,
  type PatchOutcome,
  type SaveStatus,
  type StoredChanges,
} from "./autosave";

const yes = (note = ""): AnswerState => ({ value: "yes", evidence: [], note });
const no: AnswerState = { value: "no", evidence: [], note: "" };

/** A server with optimistic versions, like PATCH /api/v1/assessments: a stale version is refused. */
class FakeServer implements AutosaveTransport {
  version = 1;
  answers: Answers = {};
  online = true;
  patches: { version: number; ids: string[] }[] = [];
  async patch(version: number, changes: { questionId: string; state: AnswerState }[]): Promise<PatchOutcome> {
    this.patches.push({ version, ids: changes.map((c) => c.questionId) });
    if (!this.online) return { kind: "network" };
    if (version !== this.version) return { kind: "stale", currentVersion: this.version };
    for (const c of changes) this.answers[c.questionId] = c.state;
    this.version++;
    return { kind: "ok", version: this.version, answers: { ...this.answers } };
  }
  async load() {
    if (!this.online) throw new Error("offline");
    return { version: this.version, answers: { ...this.answers } };
  }
  /** Another focal point's save, straight to the server. */
  otherSaves(id: string, state: AnswerState) {
    this.answers[id] = state;
    this.version++;
  }
}

function setup(server: FakeServer, stored: StoredChanges | null = null) {
  const events = { statuses: [] as SaveStatus[], remote: [] as Answers[], conflicts: [] as Conflict[][] };
  let saved: StoredChanges | null = stored;
  const timers: (() => void)[] = [];
  const queue = new AutosaveQueue(
    { version: server.version, answers: { ...server.answers } },
    server,
    {
      status: (s) => events.statuses.push(s),
      remoteChanges: (a) => events.remote.push(a),
      conflicts: (c) => events.conflicts.push(c),
    },
    { read: () => saved, write: (v) => (saved = v) },
    { set: (fn) => timers.push(fn), clear: () => {} },
  );
  /** Runs due timers until nothing more is scheduled (each sends at most once). */
  const settle = async () => {
    for (let i = 0; i < 20 && timers.length > 0; i++) {
      const fn = timers.pop()!;
      timers.length = 0;
      fn();
      await queue.flush();
    }
  };
  return { queue, events, settle, stored: () => saved };
}

describe("autosave queue", () => {
  it("sends changes in one request and forgets them once acknowledged", async () => {
    const server = new FakeServer();
    const { queue, events, settle, stored } = setup(server);
    queue.change("Q1", yes());
    queue.change("Q2", no);
    expect(stored()?.pending).toEqual({ Q1: yes(), Q2: no });
    await settle();
    expect(server.patches).toEqual([{ version: 1, ids: ["Q1", "Q2"] }]);
    expect(server.answers).toEqual({ Q1: yes(), Q2: no });
    expect(events.statuses.at(-1)).toBe("saved");
    expect(stored()).toBeNull();
    expect(queue.currentVersion).toBe(2);
  });

  it("re-applies its change on the new version when someone else changed another question", async () => {
    const server = new FakeServer();
    const { queue, events, settle } = setup(server);
    server.otherSaves("Q2", no);
    queue.change("Q1", yes());
    await settle();
    expect(server.patches.map((p) => p.version)).toEqual([1, 2]);
    expect(server.answers).toEqual({ Q1: yes(), Q2: no });
    expect(events.remote).toEqual([{ Q2: no }]);
    expect(events.conflicts).toEqual([]);
    expect(events.statuses.at(-1)).toBe("saved");
  });

  it("shows a conflict with both values when both changed the same question, and sends only the user's choice", async () => {
    const server = new FakeServer();
    const { queue, events, settle, stored } = setup(server);
    server.otherSaves("Q1", no);
    queue.change("Q1", yes("ours"));
    await settle();
    expect(server.answers.Q1).toEqual(no);
    expect(events.conflicts.at(-1)).toEqual([{ questionId: "Q1", mine: yes("ours"), theirs: no }]);
    expect(stored()?.conflicts).toEqual({ Q1: yes("ours") });

    queue.resolve("Q1", "mine");
    await settle();
    expect(server.answers.Q1).toEqual(yes("ours"));
    expect(events.conflicts.at(-1)).toEqual([]);
    expect(stored()).toBeNull();
  });

  it("keeps the other value when the user chooses theirs", async () => {
    const server = new FakeServer();
    const { queue, settle, stored } = setup(server);
    server.otherSaves("Q1", no);
    queue.change("Q1", yes());
    await settle();
    const patchesBefore = server.patches.length;
    queue.resolve("Q1", "theirs");
    await settle();
    expect(server.patches.length).toBe(patchesBefore);
    expect(server.answers.Q1).toEqual(no);
    expect(stored()).toBeNull();
  });

  it("keeps changes while offline, retries, and sends them when the network returns", async () => {
    const server = new FakeServer();
    server.online = false;
    const { queue, events, settle, stored } = setup(server);
    queue.change("Q1", yes());
    await settle();
    expect(events.statuses).toContain("offline");
    expect(stored()?.pending).toEqual({ Q1: yes() });
    server.online = true;
    queue.retry();
    await settle();
    expect(server.answers).toEqual({ Q1: yes() });
    expect(events.statuses.at(-1)).toBe("saved");
  });

  it("restores unsent changes after a reload and sends them", async () => {
    const server = new FakeServer();
    const { queue, settle } = setup(server, { version: 1, pending: { Q1: yes() } });
    expect(queue.restore()).toEqual({ Q1: yes() });
    await settle();
    expect(server.answers).toEqual({ Q1: yes() });
  });

  it("after a reload against a newer version, turns differing unsent changes into conflicts instead of overwriting", async () => {
    const server = new FakeServer();
    server.otherSaves("Q1", no);
    const { queue, events, settle } = setup(server, { version: 1, pending: { Q1: yes() } });
    queue.restore();
    await settle();
    expect(server.answers.Q1).toEqual(no);
    expect(events.conflicts.at(-1)).toEqual([{ questionId: "Q1", mine: yes(), theirs: no }]);
  });

  it("keeps a question changed again while its save was on the way", async () => {
    const server = new FakeServer();
    const { queue, settle } = setup(server);
    queue.change("Q1", yes("first"));
    const flushing = queue.flush();
    queue.change("Q1", yes("second"));
    await flushing;
    expect(queue.hasUnsaved).toBe(true);
    await settle();
    expect(server.answers.Q1).toEqual(yes("second"));
    expect(queue.hasUnsaved).toBe(false);
  });
});
