import type { AnswerState, Answers, AutosaveTransport, PatchOutcome } from "@/lib/assessment/autosave";

interface ApiAnswer {
  questionId: string;
  value: string | null;
  evidence: string[];
  note: string;
}

function toAnswers(list: ApiAnswer[]): Answers {
  return Object.fromEntries(list.map((a) => [a.questionId, { value: a.value, evidence: a.evidence, note: a.note }]));
}

/** The refusals the transport words itself, in the reader's language (the server's own messages are English). */
export interface TransportMessages {
  sessionEnded: string;
  refused: (status: number) => string;
}

/** The autosave queue's link to `PATCH /api/v1/assessments/{iso3}/{cycle}`, the same endpoint outside tools use. */
export function assessmentTransport(iso3: string, cycle: number, messages: TransportMessages): AutosaveTransport {
  const url = `/api/v1/assessments/${iso3}/${cycle}`;
  return {
    async patch(version, changes): Promise<PatchOutcome> {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            version,
            answers: changes.map(({ questionId, state }: { questionId: string; state: AnswerState }) => ({
              questionId,
              ...state,
            })),
          }),
        });
      } catch {
        return { kind: "network" };
      }
      if (response.status >= 500) return { kind: "network" };
      const body = (await response.json().catch(() => ({}))) as {
        version?: number;
        answers?: ApiAnswer[];
        error?: string;
        currentVersion?: number;
      };
      if (response.ok)
        return { kind: "ok", version: body.version ?? version + 1, answers: toAnswers(body.answers ?? []) };
      if (response.status === 409 && body.currentVersion !== undefined && body.currentVersion !== version) {
        return { kind: "stale", currentVersion: body.currentVersion };
      }
      if (response.status === 401) return { kind: "refused", message: messages.sessionEnded };
      return { kind: "refused", message: body.error ?? messages.refused(response.status) };
    },
    async load() {
      const response = await fetch(url, { cache: "no-store" });
      if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
      const body = (await response.json()) as { version: number; answers: ApiAnswer[] };
      return { version: body.version, answers: toAnswers(body.answers) };
    },
  };
}

export function localPendingStore(iso3: string, cycle: number) {
  const key = `res45:unsaved:${iso3}:${cycle}`;
  return {
    read() {
      try {
        const raw = window.localStorage.getItem(key);
        return raw ? JSON.parse(raw) : null;
      } catch {
        return null;
      }
    },
    write(value: unknown) {
      try {
        if (value) window.localStorage.setItem(key, JSON.stringify(value));
        else window.localStorage.removeItem(key);
      } catch {
        // Storage full or disabled: the queue still holds the change in memory.
      }
    },
  };
}
