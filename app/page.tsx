import Link from "next/link";
import { CURRENT_FRAMEWORK } from "@/lib/framework";

const AUDIENCES = [
  {
    who: "National focal points",
    what: "Answer your Member State's questionnaire with evidence, save as you go over days or weeks, submit it, then see your scores, your gaps and what to do next.",
    href: "/assessment",
    action: "Open your assessment",
  },
  {
    who: "BDT analysts",
    what: "Review submissions, compare Member States and the six BDT regions on each pillar and D.3 outcome, follow trends across cycles and export the figures.",
    href: "/review",
    action: "Review submissions",
  },
  {
    who: "Administrators",
    what: "Manage accounts and bind focal points to their Member State, open and close assessment cycles, and publish questionnaire versions.",
    href: "/admin",
    action: "Open administration",
  },
];

export default function HomePage() {
  const framework = CURRENT_FRAMEWORK;
  return (
    <div className="space-y-14">
      <section className="grid gap-8 md:grid-cols-[3fr_2fr] md:items-center">
        <div className="space-y-5">
          <p className="eyebrow">WTDC Resolution 45 · Rev. Buenos Aires, 2017</p>
          <h1 className="text-display font-bold text-brand-900">
            Measure, compare and improve national cybersecurity readiness
          </h1>
          <p className="max-w-2xl text-lg text-muted">
            Res45 Readiness turns the operative clauses of Resolution 45 into a questionnaire in the style of the ITU
            Global Cybersecurity Index. Member States assess themselves with evidence; the Telecommunication Development
            Bureau compares readiness across states and regions against the ITU-D outcomes D.3-1, D.3-2 and D.3-3.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href="/framework" className="btn-primary">
              Explore the questionnaire
            </Link>
            <Link href="/member-states" className="btn-secondary">
              The 193 Member States
            </Link>
          </div>
        </div>
        <dl className="card grid grid-cols-2 gap-6 bg-brand-50">
          <div>
            <dt className="text-sm text-muted">Questions</dt>
            <dd className="text-3xl font-bold text-brand-800">{framework.questions.length}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Pillars</dt>
            <dd className="text-3xl font-bold text-brand-800">{framework.pillars.length}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">ITU-D outcomes</dt>
            <dd className="text-3xl font-bold text-brand-800">{framework.outcomes.length}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Member States</dt>
            <dd className="text-3xl font-bold text-brand-800">193</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="audiences" className="space-y-5">
        <h2 id="audiences" className="text-2xl font-bold">
          Where to start
        </h2>
        <ul className="grid gap-5 md:grid-cols-3">
          {AUDIENCES.map((a) => (
            <li key={a.who} className="card flex flex-col gap-3">
              <h3 className="text-lg font-semibold text-brand-800">{a.who}</h3>
              <p className="flex-1 text-sm text-muted">{a.what}</p>
              <Link href={a.href} className="btn-secondary self-start">
                {a.action}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pillars" className="space-y-5">
        <h2 id="pillars" className="text-2xl font-bold">
          Five pillars, three outcomes
        </h2>
        <ol className="grid gap-4 md:grid-cols-5">
          {framework.pillars.map((p, i) => (
            <li key={p.id} className="card p-5">
              <p className="eyebrow">Pillar {i + 1}</p>
              <h3 className="mt-1 font-semibold">{p.name}</h3>
              <p className="mt-2 text-sm text-muted">{p.description}</p>
            </li>
          ))}
        </ol>
        <ul className="grid gap-4 md:grid-cols-3">
          {framework.outcomes.map((o) => (
            <li key={o.id} className="rounded-lg border-s-4 border-brand-500 bg-surface p-5 shadow-sm">
              <p className="font-mono text-sm font-semibold text-brand-700">{o.id}</p>
              <h3 className="font-semibold">{o.name}</h3>
              <p className="mt-2 text-sm text-muted">{o.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
