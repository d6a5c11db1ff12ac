/**
 * The browser's autosave queue for one assessment, without React or fetch, so
 * that its rules are unit-tested:
 *
 * - every change is kept (in memory and in `storage`) until the server acknowledges it;
 * - changes go out in one PATCH against the last known version, a moment after typing stops;
 * - a refusal because someone else saved first (409 with a newer version) is settled
 *   here: the other person's change is taken in, and ours re-applied on the new
 *   version, unless both touched the same question: then that question is a
 *   conflict for the user to settle, showing both values;
 * - when the network is down, the changes wait and are retried, and survive a reload.
 */
export interface AnswerState {
  value: string | null;
  evidence: string[];
  note: string;
}

export type Answers = Record<string, AnswerState>;

export type PatchOutcome =
  | { kind: "ok"; version: number; answers: Answers }
  | { kind: "stale"; currentVersion: number }
  | { kind: "refused"; message: string }
  | { kind: "network" };

export interface AutosaveTransport {
  patch(version: number, changes: { questionId: string; state: AnswerState }[]): Promise<PatchOutcome>;
  /** The server's current answers and version (after a stale refusal). */
  load(): Promise<{ version: number; answers: Answers }>;
}

/** What waits in the browser's storage: unsent changes, and our side of unsettled conflicts. */
export interface StoredChanges {
  version: number;
  pending: Answers;
  conflicts?: Answers;
}

export interface PendingStore {
  read(): StoredChanges | null;
  write(value: StoredChanges | null): void;
}

export type SaveStatus = "saved" | "saving" | "offline" | "refused";

export interface Conflict {
  questionId: string;
  mine: AnswerState;
  theirs: AnswerState;
}

export interface AutosaveListener {
  status(status: SaveStatus, message?: string): void;
  /** Answers the server holds that differ from what the page shows (another person's change). */
  remoteChanges(answers: Answers): void;
  conflicts(conflicts: Conflict[]): void;
}

export const EMPTY_ANSWER: AnswerState = { value: null, evidence: [], note: "" };

export function sameAnswer(a: AnswerState | undefined, b: AnswerState | undefined): boolean {
  const x = a ?? EMPTY_ANSWER;
  const y = b ?? EMPTY_ANSWER;
  return (
    x.value === y.value &&
    x.note === y.note &&
    x.evidence.length === y.evidence.length &&
    x.evidence.every((e, i) => e === y.evidence[i])
  );
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export class AutosaveQueue {
  private base: Answers;
  private version: number;
  private pending = new Map<string, AnswerState>();
  private conflictMap = new Map<string, Conflict>();
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private retryDelay = 0;

  constructor(
    initial: { version: number; answers: Answers },
    private readonly transport: AutosaveTransport,
    private readonly listener: AutosaveListener,
    private readonly store: PendingStore,
    private readonly timers: Timers,
    private readonly debounceMs = 600,
  ) {
    this.base = { ...initial.answers };
    this.version = initial.version;
  }

  /**
   * Changes kept from an earlier visit that never reached the server, sent again
   * now. If the server moved on since, we cannot know whether someone else changed
   * those questions, so each one that differs is shown as a conflict instead.
   */
  restore(): Answers {
    const stored = this.store.read();
    if (!stored) return {};
    for (const [id, state] of Object.entries(stored.pending)) {
      if (sameAnswer(state, this.base[id])) continue;
      if (stored.version === this.version) this.pending.set(id, state);
      else this.conflictMap.set(id, { questionId: id, mine: state, theirs: this.base[id] ?? EMPTY_ANSWER });
    }
    for (const [id, mine] of Object.entries(stored.conflicts ?? {})) {
      if (!sameAnswer(mine, this.base[id]))
        this.conflictMap.set(id, { questionId: id, mine, theirs: this.base[id] ?? EMPTY_ANSWER });
    }
    this.persist();
    if (this.conflictMap.size > 0) this.listener.conflicts([...this.conflictMap.values()]);
    if (this.pending.size > 0) this.schedule(0);
    return Object.fromEntries(this.pending);
  }

  get currentVersion() {
    return this.version;
  }

  get hasUnsaved() {
    return this.pending.size > 0 || this.inFlight !== null || this.conflictMap.size > 0;
  }

  change(questionId: string, state: AnswerState) {
    this.pending.set(questionId, state);
    this.persist();
    this.listener.status("saving");
    this.schedule(this.debounceMs);
  }

  /** The user settles a conflict: keep their value (sent again) or take the other one. */
  resolve(questionId: string, choice: "mine" | "theirs") {
    const conflict = this.conflictMap.get(questionId);
    if (!conflict) return;
    this.conflictMap.delete(questionId);
    this.listener.conflicts([...this.conflictMap.values()]);
    if (choice === "mine") this.change(questionId, conflict.mine);
    else this.persist();
  }

  /** Sends now (the retry button, the browser coming back online). */
  retry() {
    this.retryDelay = 0;
    this.schedule(0);
  }

  private schedule(ms: number) {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private persist() {
    const conflicts = Object.fromEntries([...this.conflictMap.values()].map((c) => [c.questionId, c.mine]));
    this.store.write(
      this.pending.size > 0 || this.conflictMap.size > 0
        ? { version: this.version, pending: Object.fromEntries(this.pending), conflicts }
        : null,
    );
  }

  async flush(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
      if (this.pending.size > 0 && this.timer === null) this.schedule(0);
      return;
    }
    if (this.pending.size === 0) return;
    this.inFlight = this.send().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  private async send() {
    const sent = [...this.pending.entries()];
    this.listener.status("saving");
    const outcome = await this.transport.patch(
      this.version,
      sent.map(([questionId, state]) => ({ questionId, state })),
    );
    if (outcome.kind === "ok") {
      this.retryDelay = 0;
      this.version = outcome.version;
      this.base = outcome.answers;
      // A question changed again while the request was on its way stays pending.
      for (const [id, state] of sent) if (this.pending.get(id) === state) this.pending.delete(id);
      this.persist();
      if (this.pending.size > 0) this.schedule(this.debounceMs);
      else this.listener.status("saved");
      return;
    }
    if (outcome.kind === "stale") {
      await this.rebase();
      return;
    }
    if (outcome.kind === "refused") {
      this.listener.status("refused", outcome.message);
      return;
    }
    this.listener.status("offline");
    this.retryDelay = Math.min(30_000, this.retryDelay === 0 ? 2_000 : this.retryDelay * 2);
    this.schedule(this.retryDelay);
  }

  /** Someone saved first: take in their changes, keep ours where they touched other questions. */
  private async rebase() {
    let server: { version: number; answers: Answers };
    try {
      server = await this.transport.load();
    } catch {
      this.listener.status("offline");
      this.retryDelay = Math.min(30_000, this.retryDelay === 0 ? 2_000 : this.retryDelay * 2);
      this.schedule(this.retryDelay);
      return;
    }
    const remote: Answers = {};
    for (const [id, theirs] of Object.entries(server.answers)) {
      if (!sameAnswer(theirs, this.base[id]) && !this.pending.has(id)) remote[id] = theirs;
    }
    for (const [id, mine] of [...this.pending.entries()]) {
      const before = this.base[id];
      const theirs = server.answers[id];
      if (sameAnswer(theirs, before)) continue; // they did not touch it: re-apply ours
      this.pending.delete(id);
      if (sameAnswer(theirs, mine)) continue; // they made the same change
      this.conflictMap.set(id, { questionId: id, mine, theirs: theirs ?? EMPTY_ANSWER });
    }
    // Questions that went away on the server side count as changed to empty.
    for (const id of Object.keys(this.base)) {
      if (!(id in server.answers) && !this.pending.has(id) && !this.conflictMap.has(id)) remote[id] = EMPTY_ANSWER;
    }
    this.base = server.answers;
    this.version = server.version;
    this.persist();
    if (Object.keys(remote).length > 0) this.listener.remoteChanges(remote);
    if (this.conflictMap.size > 0) this.listener.conflicts([...this.conflictMap.values()]);
    if (this.pending.size > 0) this.schedule(0);
    else this.listener.status("saved");
  }
}
