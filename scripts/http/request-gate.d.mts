import type { ServerResponse } from "node:http";

export declare function waitsAtGate(method: string | undefined, url: string | undefined): boolean;

export interface RequestGate {
  admit(response: ServerResponse, run: () => void): void;
  readonly running: number;
  readonly waiting: number;
}
export declare function createRequestGate(limit: number, options?: { holdMs?: number }): RequestGate;
