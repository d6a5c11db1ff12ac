"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { useRouter } from "@/app/_i18n/navigation";

/**
 * "Count submitted assessments too": a switch that reloads the page with or
 * without `?include=submitted`. It moves at once; the figures follow.
 */
export function IncludeSubmittedSwitch({
  checked,
  hrefWhenOn,
  hrefWhenOff,
}: {
  checked: boolean;
  hrefWhenOn: string;
  hrefWhenOff: string;
}) {
  const t = useTranslations("analysis.shared.includeSwitch");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(checked);
  return (
    <div className="inline-flex items-center gap-3 text-sm">
      <label className="inline-flex cursor-pointer items-center gap-3 font-semibold text-ink">
        <input
          type="checkbox"
          role="switch"
          checked={shown}
          aria-describedby="include-switch-help"
          onChange={(e) => {
            const on = e.target.checked;
            startTransition(() => {
              setShown(on);
              router.push(on ? hrefWhenOn : hrefWhenOff, { scroll: false });
            });
          }}
          className="peer sr-only"
        />
        {/* The knob starts at the inline start and slides towards the end: rightwards, or leftwards in Arabic. */}
        <span
          aria-hidden="true"
          className="relative h-6 w-11 shrink-0 rounded-full bg-line transition-colors peer-checked:bg-brand-600 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500 after:absolute after:start-0.5 after:top-0.5 after:h-5 after:w-5 after:rounded-full after:bg-white after:shadow after:transition-transform ltr:peer-checked:after:translate-x-5 rtl:peer-checked:after:-translate-x-5"
        />
        <span>{t("label")}</span>
      </label>
      <span id="include-switch-help" className="text-muted" aria-live="polite">
        {pending ? t("updating") : shown ? t("on") : t("off")}
      </span>
    </div>
  );
}
