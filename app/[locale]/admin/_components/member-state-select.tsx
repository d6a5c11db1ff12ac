import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

export interface StateOption {
  iso3: string;
  name: string;
}

/** The 193 Member States as a select, by name in the reader's language, with their code. */
export function MemberStateSelect({
  id,
  states,
  invalid,
  registration,
  placeholder,
}: {
  id: string;
  states: readonly StateOption[];
  invalid: boolean;
  registration: UseFormRegisterReturn;
  placeholder?: string;
}) {
  const t = useTranslations("admin.memberStateSelect");
  return (
    <select
      id={id}
      className="field-input"
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? `${id}-error` : undefined}
      {...registration}
    >
      <option value="">{placeholder ?? t("placeholder")}</option>
      {states.map((s) => (
        <option key={s.iso3} value={s.iso3}>
          {t("option", { name: s.name, iso3: s.iso3 })}
        </option>
      ))}
    </select>
  );
}
