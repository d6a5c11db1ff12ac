/**
 * The questionnaire in the reader's language: one source of truth per question
 * id (the TypeScript framework, in English) with its translations beside it
 * (lib/framework/i18n/{locale}.json). A string missing from a translation (a
 * later framework version not yet translated) stays in English.
 */
import { isLocale, type Locale } from "../../i18n/locales";
import { clauseById } from "../clauses";
import type { Framework } from "../types";
import ar from "./ar.json";
import es from "./es.json";
import fr from "./fr.json";
import ru from "./ru.json";
import type { FrameworkStrings } from "./strings";
import zh from "./zh.json";
import v2ar from "./v2/ar.json";
import v2es from "./v2/es.json";
import v2fr from "./v2/fr.json";
import v2ru from "./v2/ru.json";
import v2zh from "./v2/zh.json";

const TRANSLATIONS: Partial<Record<Locale, FrameworkStrings>> = { ar, es, fr, ru, zh };

/** Translations per framework version; a version not listed here uses v1's (keyed by the same ids). */
const BY_FRAMEWORK: Readonly<Record<string, Partial<Record<Locale, FrameworkStrings>>>> = {
  "res45-ba2017-v1": TRANSLATIONS,
  "res45-ba2017-v2": { ar: v2ar, es: v2es, fr: v2fr, ru: v2ru, zh: v2zh },
};
const TITLED = new Set(Object.keys(BY_FRAMEWORK));

const cache = new Map<string, Framework>();

export function localizeFramework(framework: Framework, locale: string): Framework {
  const t = isLocale(locale) ? (BY_FRAMEWORK[framework.id] ?? TRANSLATIONS)[locale] : undefined;
  if (!t) return framework;
  const key = `${framework.id}:${locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const localized: Framework = {
    ...framework,
    title: TITLED.has(framework.id) ? t.title : framework.title,
    pillars: framework.pillars.map((p) => ({ ...p, ...t.pillars[p.id] })),
    outcomes: framework.outcomes.map((o) => ({ ...o, ...t.outcomes[o.id] })),
    tiers: framework.tiers.map((tier) => ({ ...tier, name: t.tiers[String(tier.level)]?.name ?? tier.name })),
    groups: framework.groups.map((g) => ({ ...g, ...t.groups[g.id] })),
    questions: framework.questions.map((q) => {
      const s = t.questions[q.id];
      if (!s) return q;
      return {
        ...q,
        text: s.text,
        guidance: s.guidance,
        options: q.options.map((o) => ({ ...o, label: s.options[o.value] ?? o.label })),
        recommendation: { ...q.recommendation, action: s.recommendation },
      };
    }),
  };
  cache.set(key, localized);
  return localized;
}

/** What a clause says, in short, in the reader's language. */
export function clauseSummary(id: string, locale: string): string {
  const t = isLocale(locale) ? TRANSLATIONS[locale] : undefined;
  return t?.clauses[id]?.summary ?? clauseById(id)?.summary ?? "";
}

/** A tier's name in the reader's language (stored scores keep the English name). */
export function tierName(level: number, fallback: string, locale: string): string {
  const t = isLocale(locale) ? TRANSLATIONS[locale] : undefined;
  return t?.tiers[String(level)]?.name ?? fallback;
}
