"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";

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
        <span
          aria-hidden="true"
          className="relative h-6 w-11 shrink-0 rounded-full bg-line transition-colors peer-checked:bg-brand-600 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500 after:absolute after:start-0.5 after:top-0.5 after:h-5 after:w-5 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:after:translate-x-5"
        />
        <span>Count submitted assessments too</span>
      </label>
      <span id="include-switch-help" className="text-muted" aria-live="polite">
        {pending ? "Updating…" : shown ? "Validated and submitted" : "Validated only"}
      </span>
    </div>
  );
}
