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
 * A react-hook-form resolver for a shared zod schema that is imported on demand: loading starts when the
 * form mounts (the page is already interactive), and a validation asked for before it has arrived waits
 * for it. `load` is read once, on the first render.
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
  useEffect(() => {
    // Fetched as soon as the form is on screen; a failure here is retried by the first validation.
    resolver().catch(() => {});
  }, [resolver]);
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
