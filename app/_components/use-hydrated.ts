"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False while the server renders (and during hydration), true in the browser after: for parts a
 * page draws from data it already carries in its React payload, so the HTML need not repeat them.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
