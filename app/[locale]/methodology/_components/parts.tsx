import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { intlLocale } from "@/lib/i18n/intl";

/** One numbered part of the page, reachable from the table of contents by its id. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 space-y-4">
      <h2 id={`${id}-title`} className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A formula set apart from the prose, so that it can be read (and copied) on its own. */
export function Formula({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border-s-4 border-brand-500 bg-brand-50 px-4 py-3 text-base font-semibold text-brand-900">
      {children}
    </p>
  );
}

/** Arithmetic written out ("2 × 1 + 1 × 0.6 = 2.6") reads left to right in every language, Arabic included. */
export function Sum({ children }: { children: ReactNode }) {
  return (
    <span dir="ltr" className="inline-block whitespace-nowrap tabular-nums">
      {children}
    </span>
  );
}

/** "Tier 4 · Evolving", named in the reader's language by its level. */
export function useTierLabel() {
  const t = useTranslations("common");
  return (tier: { level: number; name: string }) =>
    t("tier", { level: tier.level, name: t.has(`tierNames.${tier.level}`) ? t(`tierNames.${tier.level}`) : tier.name });
}

/** "TEC-01 and COO-01", with the language's own conjunction. */
export function listOf(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { type: "conjunction" }).format(items);
}
