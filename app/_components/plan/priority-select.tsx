"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { PRIORITIES } from "@/lib/plan/plan-values";

/**
 * An action's priority as a select, the options in the reader's language. It takes what a select takes:
 * the field's control (FormField) and the form's `register("priority")`.
 */
export function PrioritySelect(props: ComponentProps<"select">) {
  const t = useTranslations("plan");
  return (
    <select {...props}>
      {PRIORITIES.map((p) => (
        <option key={p} value={p}>
          {t(`priority.${p}`)}
        </option>
      ))}
    </select>
  );
}
