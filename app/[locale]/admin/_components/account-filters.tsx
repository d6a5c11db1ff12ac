import { useLocale, useTranslations } from "next-intl";
import type { AccountFilter } from "@/lib/admin/accounts.validation";
import { ROLES } from "@/lib/assessment/status";
import { FilterChips } from "@/app/_components/filter-chips";
import { getPathname, Link } from "@/app/_i18n/navigation";

export function adminHref(filter: AccountFilter): string {
  const params = new URLSearchParams();
  if (filter.role) params.set("role", filter.role);
  if (filter.q) params.set("q", filter.q);
  const qs = params.toString();
  return `/admin${qs ? `?${qs}` : ""}#accounts`;
}

/** Filter by role (links) and search by name or email (a GET form, so the filter is in the address). */
export function AccountFilters({ filter }: { filter: AccountFilter }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <FilterChips
        label={t("filters.role")}
        current={filter.role}
        options={[
          { value: undefined, label: t("filters.all") },
          ...ROLES.map((r) => ({ value: r, label: t(`roles.plural.${r}`) })),
        ]}
        hrefFor={(role) => adminHref({ ...filter, role: role as AccountFilter["role"] })}
      />
      {/* A plain form does not go through the localized Link: its action carries the language itself. */}
      <form
        method="get"
        action={`${getPathname({ href: "/admin", locale })}#accounts`}
        role="search"
        className="flex items-end gap-2"
      >
        {filter.role && <input type="hidden" name="role" value={filter.role} />}
        <div>
          <label htmlFor="account-search" className="field-label">
            {t("filters.search")}
          </label>
          <input
            id="account-search"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            className="field-input w-64"
          />
        </div>
        <button type="submit" className="btn-secondary">
          {t("filters.submit")}
        </button>
        {filter.q && (
          <Link href={adminHref({ ...filter, q: undefined })} className="btn-secondary">
            {t("filters.clear")}
          </Link>
        )}
      </form>
    </div>
  );
}
