"use client";

import { useEffect, useRef, useState } from "react";
import { decodedAnchor, pillarOfAnchor } from "@/lib/assessment/pillar-anchor";
import type { Framework, PillarId } from "@/lib/framework/types";

/**
 * The pillar the questionnaire shows: the first, until a link names a question, indicator group or pillar of
 * another (on arrival or later: the page's own links, a notification's, the browser's back and forward).
 * A link whose target was not on the page is followed once its pillar is drawn, the focus moved there as the
 * browser does for a target it finds.
 */
export function usePillarShown(framework: Framework): PillarId {
  const [shown, setShown] = useState(framework.pillars[0]!.id);
  const shownRef = useRef(shown);
  const pendingTarget = useRef<string | null>(null);

  useEffect(() => {
    const follow = () => {
      const next = pillarOfAnchor(framework, window.location.hash);
      if (!next || next === shownRef.current) return;
      pendingTarget.current = decodedAnchor(window.location.hash);
      shownRef.current = next;
      setShown(next);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [framework]);

  useEffect(() => {
    const id = pendingTarget.current;
    // On arrival this runs before the pillar is drawn: the target waits for the next render.
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    pendingTarget.current = null;
    target.scrollIntoView({ block: "start" });
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }, [shown]);

  return shown;
}
