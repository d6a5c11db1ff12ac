import { useTranslations } from "next-intl";
import { Link } from "../_i18n/navigation";

/** A row of links that set one query parameter, the current one marked for screen readers too. */
export function FilterChips({
  label,
  options,
  current,
  hrefFor,
}: {
  label: string;
  options: { value: string | undefined; label: string }[];
  current: string | undefined;
  hrefFor: (value: string | undefined) => string;
}) {
  const t = useTranslations("common");
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-semibold text-muted">{t("filterLabel", { label })}</span>
      {options.map((o) => {
        const active = o.value === current;
        return (
          <Link
            key={o.value ?? "all"}
            href={hrefFor(o.value)}
            aria-current={active ? "true" : undefined}
            className={`rounded-full border px-3 py-1 text-sm no-underline ${
              active ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-surface text-ink hover:bg-brand-50"
            }`}
          >
            {o.label}
          </Link>
        );
      })}
    </nav>
  );
}
