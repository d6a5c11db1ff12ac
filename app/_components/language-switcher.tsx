"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { usePathname, useRouter } from "../_i18n/navigation";
import { LocaleOptions } from "@/app/_components/forms/locale-options";

/** Changes the language and stays on the same page, with the same query. */
export function LanguageSwitcher() {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("change")}</span>
      <span aria-hidden="true" className="text-brand-100">
        {t("label")}
      </span>
      <select
        className="rounded-md border border-brand-500 bg-brand-900 px-2 py-1.5 text-brand-50"
        value={locale}
        data-testid="language-switcher"
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          const query = search.toString();
          router.replace(`${pathname}${query ? `?${query}` : ""}${window.location.hash}`, { locale: next });
        }}
      >
        <LocaleOptions />
      </select>
    </label>
  );
}
