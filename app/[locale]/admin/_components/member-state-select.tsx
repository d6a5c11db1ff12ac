import type { UseFormRegisterReturn } from "react-hook-form";

export interface StateOption {
  iso3: string;
  name: string;
}

/** The 193 Member States as a select, by English name, with their code. */
export function MemberStateSelect({
  id,
  states,
  invalid,
  registration,
  placeholder = "Choose a Member State…",
}: {
  id: string;
  states: readonly StateOption[];
  invalid: boolean;
  registration: UseFormRegisterReturn;
  placeholder?: string;
}) {
  return (
    <select
      id={id}
      className="field-input"
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? `${id}-error` : undefined}
      {...registration}
    >
      <option value="">{placeholder}</option>
      {states.map((s) => (
        <option key={s.iso3} value={s.iso3}>
          {s.name} ({s.iso3})
        </option>
      ))}
    </select>
  );
}
