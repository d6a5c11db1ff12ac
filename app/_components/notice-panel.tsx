import { Link } from "../_i18n/navigation";
import type { ReactNode } from "react";

/** A page-level message in place of content the user cannot see or use (403, 404, nothing open). */
export function NoticePanel({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <section className="card mx-auto max-w-2xl space-y-3 text-center" role="status">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="text-muted">{children}</div>
      {action && (
        <Link href={action.href} className="btn-primary">
          {action.label}
        </Link>
      )}
    </section>
  );
}
