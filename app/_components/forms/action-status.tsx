"use client";

import { useState } from "react";

export interface Feedback {
  ok: boolean;
  text: string;
}

/** The outcome of the last action, announced to screen readers and shown where the action was taken. */
export function ActionStatus({ feedback, className = "" }: { feedback: Feedback | null; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {feedback && (
        <p
          className={`rounded-md border px-3 py-2 text-sm ${
            feedback.ok ? "border-ok/40 bg-green-50 text-ok" : "border-danger/40 bg-red-50 text-danger"
          }`}
        >
          {feedback.text}
        </p>
      )}
    </div>
  );
}

export function useFeedback() {
  return useState<Feedback | null>(null);
}
