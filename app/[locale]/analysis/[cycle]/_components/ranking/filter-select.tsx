/** One filter of the ranking table: a labelled select whose first option (the empty value) shows every row. */
export function FilterSelect({
  id,
  label,
  allLabel,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  /** The first option's text, e.g. "All regions". */
  allLabel: string;
  value: string | number | undefined;
  options: readonly { value: string | number; label: string }[];
  /** The chosen value, or undefined for the first option. */
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        className="field-input"
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
