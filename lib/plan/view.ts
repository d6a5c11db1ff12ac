/**
 * The action plan as the service layer returns it to pages and REST clients.
 */
import type { AssessmentStatus } from "../assessment/status";
import type { Framework } from "../framework/types";
import type { PlanAction } from "./actions";

/** What an event of an action's history records: its creation, or the field that changed. */
export type ActionEventField = "created" | "title" | "owner" | "target_date" | "priority" | "status";

export interface ActionEvent {
  field: ActionEventField;
  from: unknown;
  to: unknown;
  by: string;
  at: string;
}

export interface PlanActionView extends PlanAction {
  /** Creation and every change, oldest first: the dated status history and the audit trail. */
  history: ActionEvent[];
}

export interface PlanBaseAnswer {
  questionId: string;
  value: string | null;
  evidence: string[];
}

export interface PlanView {
  state: { iso3: string; name: string; region: string; regionName: string };
  actions: PlanActionView[];
  /** The newest assessment the projection starts from; null before the state's first assessment. */
  base: { cycle: number; status: AssessmentStatus; framework: Framework; answers: PlanBaseAnswer[] } | null;
  /** The cycle new actions are recorded in (the open cycle, else the newest). */
  currentCycle: number | null;
  canEdit: boolean;
}

/** One action of BDT's regional view, with its state. */
export interface RegionalAction {
  iso3: string;
  name: string;
  region: string;
  clause: string;
  status: PlanAction["status"];
  targetDate: string;
}
