import type { Framework, PillarId } from "../framework/types";

/** The anchor that opens a pillar of the questionnaire (the id of its heading). */
export function pillarAnchor(pillarId: string): string {
  return `pillar-${pillarId}`;
}

/** The anchor of an indicator group (the id of its section). */
export function groupAnchor(groupId: string): string {
  return `group-${groupId}`;
}

/**
 * The pillar a link within the questionnaire leads to: the questionnaire shows one pillar at a time, so a link
 * to a question, an indicator group or a pillar (`#LEG-CYB-01`, `#group-…`, `#pillar-…`) first opens its pillar.
 * Undefined for any other anchor (a reply form, an empty hash): the pillar shown stays.
 */
export function pillarOfAnchor(framework: Framework, anchor: string): PillarId | undefined {
  const id = decodedAnchor(anchor);
  const pillar = framework.pillars.find((p) => pillarAnchor(p.id) === id);
  if (pillar) return pillar.id;
  const group = framework.groups.find((g) => groupAnchor(g.id) === id);
  return group?.pillar ?? framework.questions.find((q) => q.id === id)?.pillar;
}

/** An anchor as an element id: without its `#`, unescaped; a malformed escape is kept as written. */
export function decodedAnchor(anchor: string): string {
  const raw = anchor.replace(/^#/, "");
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
