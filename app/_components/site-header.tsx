import Link from "next/link";

const NAV = [
  { href: "/", label: "Home" },
  { href: "/framework", label: "Questionnaire framework" },
  { href: "/member-states", label: "Member States" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-brand-800 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Link href="/" className="flex items-center gap-3 text-white no-underline">
          <span
            aria-hidden="true"
            className="grid h-9 w-9 place-items-center rounded-md bg-brand-500 text-sm font-bold"
          >
            R45
          </span>
          <span className="leading-tight">
            <span className="block text-base font-semibold">Res45 Readiness</span>
            <span className="block text-xs text-brand-100">Cybersecurity readiness under WTDC Resolution 45</span>
          </span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded-md px-3 py-2 text-brand-50 no-underline hover:bg-brand-800">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
