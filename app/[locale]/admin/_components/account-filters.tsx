import Link from "next/link";
import type { AccountFilter } from "@/lib/admin/accounts.validation";
import { ROLE_LABELS } from "@/lib/admin/accounts.validation";
import { ROLES } from "@/lib/assessment/status";
import { FilterChips } from "@/app/_components/filter-chips";

export function adminHref(filter: AccountFilter): string {
  const params = new URLSearchParams();
  if (filter.role) params.set("role", filter.role);
  if (filter.q) params.set("q", filter.q);
  const qs = params.toString();
  return `/admin${qs ? `?${qs}` : ""}#accounts`;
}

/** Filter by role (links) and search by name or email (a GET form, so the filter is in the address). */
export function AccountFilters({ filter }: { filter: AccountFilter }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <FilterChips
        label="Role"
        current={filter.role}
        options={[{ value: undefined, label: "All" }, ...ROLES.map((r) => ({ value: r, label: `${ROLE_LABELS[r]}s` }))]}
        hrefFor={(role) => adminHref({ ...filter, role: role as AccountFilter["role"] })}
      />
      <form method="get" action="/admin#accounts" role="search" className="flex items-end gap-2">
        {filter.role && <input type="hidden" name="role" value={filter.role} />}
        <div>
          <label htmlFor="account-search" className="field-label">
            Search by name or email
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
          Search
        </button>
        {filter.q && (
          <Link href={adminHref({ ...filter, q: undefined })} className="btn-secondary">
            Clear
          </Link>
        )}
      </form>
    </div>
  );
}
