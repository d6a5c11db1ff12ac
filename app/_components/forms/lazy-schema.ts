"use client";

import { useCallback, useEffect, useMemo } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A shared schema module (lib/**\/*.validation.ts) loaded once, after the page, not with it: zod is about
 * 31 kB of gzipped JavaScript, the difference between the forms' pages and issue 17's 200 kB first-load
 * target. The browser still validates with the very schema the server uses; it only arrives a moment later.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    // A failed load (the network dropped) is tried again on the next validation.
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/**
 * Calls `start` once, when the reader first presses a key, a pointer or moves the focus on the page; returns
 * the cleanup. Why: building the schemas is a long task (about 250 ms on Lighthouse's slowed-down phone), and
 * on load it would block the page while it becomes usable; by the first interaction the page is idle.
 */
function whenFirstInteracting(start: () => void): () => void {
  const events = ["pointerdown", "keydown", "focusin"] as const;
  const once = () => {
    stop();
    start();
  };
  const stop = () => events.forEach((e) => document.removeEventListener(e, once, true));
  events.forEach((e) => document.addEventListener(e, once, { capture: true, passive: true }));
  return stop;
}

/**
 * A react-hook-form resolver for a shared zod schema that is imported on demand: loading starts at the reader's
 * first interaction with the page, and a validation asked for before it has arrived waits for it. `load` is read
 * once, on the first render.
 */
export function useLazyZodResolver<Input extends FieldValues, Output>(
  load: () => Promise<z.ZodType<Output, Input>>,
): Resolver<Input, unknown, Output> {
  const resolver = useMemo(
    () =>
      loadOnce(() =>
        Promise.all([load(), import("@hookform/resolvers/zod")]).then(
          ([schema, { zodResolver }]) => zodResolver(schema) as unknown as Resolver<Input, unknown, Output>,
        ),
      ),
    // `load` is read once: the schema of a form does not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useEffect(() => whenFirstInteracting(() => resolver().catch(() => {})), [resolver]);
  return useCallback<Resolver<Input, unknown, Output>>(
    async (values, context, options) => {
      let resolve: Resolver<Input, unknown, Output>;
      try {
        resolve = await resolver();
      } catch {
        // Offline before the schema arrived: the values go as typed, and the server, which validates every request
        // with the same schema, answers with the field errors.
        return { values: values as unknown as Output, errors: {} };
      }
      return resolve(values, context, options);
    },
    [resolver],
  );
}
