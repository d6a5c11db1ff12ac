/**
 * A message catalogue: namespaces of nested objects whose leaves are ICU strings (on the server, compiled: see
 * app/_i18n/compiled-messages.ts). Only the namespaces are walked; a leaf is kept as it is.
 */
export type Messages = { [key: string]: string | Messages };

const covers = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}.`);

/** The paths without those another path already covers ("analysis" covers "analysis.ranking"). */
export function outermostPaths(paths: readonly string[]): string[] {
  const unique = [...new Set(paths)];
  return unique.filter((path) => !unique.some((other) => other !== path && covers(other, path))).sort();
}

/** Whether `path` is inside one of `paths` (or is one of them). */
export function isCovered(path: string, paths: readonly string[]): boolean {
  return paths.some((outer) => covers(outer, path));
}

/**
 * The part of a catalogue named by dotted paths ("analysis.ranking", "common"), each kept at its place in the
 * tree, so that `useTranslations("analysis.ranking")` reads it as from the whole catalogue. A path that names
 * nothing is skipped: a component that reads it falls back as it would with the whole catalogue. The subtrees
 * are shared with `messages`, never copied or changed.
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of outermostPaths(paths)) {
    const keys = path.split(".");
    let source: string | Messages | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    // Paths are disjoint, so every level above a picked subtree is an object made here.
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Messages;
    target[keys.at(-1)!] = source;
  }
  return picked;
}
