/**
 * Which message namespaces the browser needs for a page: the `useTranslations("…")` calls of every client module a
 * page reaches through its imports. Read from the source files, so the lists a page sends cannot drift from the
 * components it renders (checked by page-messages.test.ts). Node-only: used by tests, never by the app.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

const isClientSource = (source: string) => /^\s*["']use client["']/m.test(source);

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(APP_ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  if (/\.(tsx?|json|css)$/.test(base)) return fs.existsSync(base) && /\.tsx?$/.test(base) ? base : null;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

const sources = new Map<string, string>();
function sourceOf(file: string): string {
  let source = sources.get(file);
  if (source === undefined) {
    source = fs.readFileSync(file, "utf8");
    sources.set(file, source);
  }
  return source;
}

function importsOf(file: string): string[] {
  const source = sourceOf(file);
  const specifiers = [
    ...source.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gm),
    ...source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g),
  ]
    // Type-only imports bring no code to the browser.
    .filter((m) => !/^\s*(?:import|export)\s+type\s/.test(m[0]))
    .map((m) => m[1]!);
  return specifiers.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

/** The namespaces named by `useTranslations("…")` in one file; a call without a literal namespace is reported. */
export function translationNamespaces(file: string): { namespaces: string[]; unnamed: boolean } {
  const source = sourceOf(file);
  const namespaces = [...source.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  const unnamed = /useTranslations\(\s*(?:\)|[^"'\s])/.test(source);
  return { namespaces, unnamed };
}

/**
 * The client modules reachable from an entry (a page): every module with "use client" that the entry imports
 * directly or through server modules, and everything those import.
 */
export function clientModulesOf(entry: string): string[] {
  const seen = new Set<string>();
  const clients = new Set<string>();
  const visit = (file: string, underClient: boolean) => {
    const client = underClient || isClientSource(sourceOf(file));
    const key = `${client ? "c" : "s"}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) clients.add(file);
    for (const dependency of importsOf(file)) visit(dependency, client);
  };
  visit(entry, false);
  return [...clients].sort();
}

export interface ClientMessageUsage {
  namespaces: string[];
  /** Client modules that call `useTranslations` without a literal namespace (their needs cannot be read). */
  unnamed: string[];
}

export function clientMessageUsage(entry: string): ClientMessageUsage {
  const namespaces = new Set<string>();
  const unnamed: string[] = [];
  for (const file of clientModulesOf(entry)) {
    const found = translationNamespaces(file);
    found.namespaces.forEach((ns) => namespaces.add(ns));
    if (found.unnamed) unnamed.push(path.relative(APP_ROOT, file));
  }
  return { namespaces: [...namespaces].sort(), unnamed };
}
