import { expect, type APIRequestContext } from "@playwright/test";

export interface ApiAction {
  id: string;
  iso3: string;
  questionId: string;
  clause: string;
  title: string;
  owner: string;
  targetDate: string;
  priority: string;
  status: string;
  createdCycle: number;
  version: number;
  history: { field: string; from: unknown; to: unknown; by: string; at: string }[];
}
export interface ApiAnswer {
  questionId: string;
  value: string | null;
  evidence: string[];
  note?: string;
}
export interface ApiFramework {
  id: string;
  version: string;
  questions: {
    id: string;
    evidenceRequired: boolean;
    options: { value: string; credit: number }[];
    recommendation: { action: string; clause: string };
  }[];
}

export async function listActions(api: APIRequestContext, iso3: string): Promise<ApiAction[]> {
  const response = await api.get(`/api/v1/plans/${iso3}/actions`);
  expect(response.status(), `GET plan of ${iso3}`).toBe(200);
  return response.json();
}

export async function getFramework(api: APIRequestContext): Promise<ApiFramework> {
  return (await api.get("/api/v1/framework")).json();
}

/** The methodology's two-decimal display, written out here rather than imported from the code under test. */
export const shown = (x: number) => (x + 1e-9).toFixed(2);

/** The best option of a question: its answer when an action on it is done. */
export function bestValue(question: ApiFramework["questions"][number]): string {
  return question.options.reduce((best, o) => (o.credit > best.credit ? o : best)).value;
}

/** The scores of a set of answers, by the published rule (POST /api/v1/score). */
export async function scoreOf(api: APIRequestContext, framework: string, answers: ApiAnswer[]): Promise<number> {
  const response = await api.post("/api/v1/score", { data: { framework, answers } });
  expect(response.status()).toBe(200);
  return (await response.json()).overall;
}
